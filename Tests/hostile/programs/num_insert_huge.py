a = [1]
a.insert(2 ** 100, 2)
a.insert(-2 ** 100, 0)
print(a)
