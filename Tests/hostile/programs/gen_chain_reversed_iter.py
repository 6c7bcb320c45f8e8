g = [1]
for i in range(100000):
    g = iter(g)
print(list(g))
