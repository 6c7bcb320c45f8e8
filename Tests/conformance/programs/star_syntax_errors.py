def f(*a):
    return a
print(f(*[1], 2))
x = *[1, 2]
