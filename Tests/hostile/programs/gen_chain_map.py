g = iter([1])
for i in range(100000):
    g = map(abs, g)
print(list(g))
