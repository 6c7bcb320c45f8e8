def f(a, *, key, flag=False):
    return (a, key, flag)
print(f(1, key=2), f(1, key=3, flag=True), f(a=0, key='k'))
def g(*, x, y=10):
    return x * y
print(g(x=2), g(y=3, x=3))
try:
    f(1, 2)
except TypeError as e:
    print(repr(e))
try:
    f(1)
except TypeError as e:
    print(repr(e))
try:
    g()
except TypeError as e:
    print(repr(e))
