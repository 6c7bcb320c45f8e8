g = iter([1])
for i in range(100000):
    g = zip(g)
print(next(g) is not None)
