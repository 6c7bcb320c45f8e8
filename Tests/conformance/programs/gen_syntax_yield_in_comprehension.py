def g():
    x = 1
    return [(yield i) for i in range(3)]
print(list(g()))
