def f(x, y=1):
    return x
f(1, z=2)
