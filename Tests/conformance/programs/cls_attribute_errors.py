class A:
    x = 1
    def __init__(self):
        self.y = 2

a = A()
try:
    a.z
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.z
except AttributeError as e:
    print(type(e).__name__, e)
try:
    A.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del A.nothing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, 'z', 'default'), getattr(A, 'x'))
a.missing_method()
