def f(*args):
    return args
print(f(x for x in range(3)))
print(f(1, x for x in range(3)))
