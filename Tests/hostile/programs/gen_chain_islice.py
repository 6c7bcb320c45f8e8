import itertools
g = iter([1])
for i in range(100000):
    g = itertools.islice(g, 5)
print(list(g))
