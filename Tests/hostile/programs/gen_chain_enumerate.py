g = iter([1])
for i in range(100000):
    g = enumerate(g)
print(next(g)[0])
