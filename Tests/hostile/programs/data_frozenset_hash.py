x = frozenset()
for i in range(100000):
    x = frozenset([x])
print(hash(x) == hash(x))
