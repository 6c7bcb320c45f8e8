import itertools
g = iter([1])
for i in range(100000):
    g = itertools.chain(g)
print(list(g))
