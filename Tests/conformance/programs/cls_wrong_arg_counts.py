class A:
    def __init__(self, x):
        self.x = x
    def m(self, y):
        return y
    def none(self):
        return 0

def check(f):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)

check(lambda: A())
check(lambda: A(1, 2))
check(lambda: A(x=1, y=2))
check(lambda: A(1).m())
check(lambda: A(1).m(1, 2))
check(lambda: A(1).none(5))
check(lambda: A.m(1))
check(lambda: A.none())
check(lambda: A(1).m(z=3))

class NoInit:
    pass
check(lambda: NoInit(1))
check(lambda: NoInit(a=1))
print(A(4).m(y=5))
A(1, 2, 3)
