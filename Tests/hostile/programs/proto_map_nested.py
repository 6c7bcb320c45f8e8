def f(x):
    return list(map(f, [x]))
print(f(1))
