class A:
    def __add__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
class B:
    def __radd__(self, o):
        return NotImplemented

def check(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

check(lambda: A() + B())
check(lambda: A() + 1)
check(lambda: 1 + A())
check(lambda: A() - A())
check(lambda: A() < A())
check(lambda: A() < 1)
check(lambda: A() * 'x')
check(lambda: -A())
check(lambda: ~B())
check(lambda: abs(A()))
check(lambda: A() ** 2)
check(lambda: A() == A())
check(lambda: A() @ 1)
x = A()
check(lambda: divmod(x, 2))
x += B()
