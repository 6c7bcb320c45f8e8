class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        print('index', self.n)
        return self.n
def check(f):
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
data = list(range(10))
print(data[I(2):I(8):I(3)], 'abcdef'[I(-2):], (1, 2, 3)[I(1)])
print(range(I(5))[I(1)], list(range(I(1), I(4))), 'ab' * I(2), I(2) * [0])
print(hex(I(255)), bin(I(5)), oct(I(8)))
check(lambda: chr(I(65)))
data[I(0):I(2)] = ['x']
del data[I(1)::I(4)]
print(data)
class Sub(int):
    def __index__(self):
        return 100
check(lambda: ([10, 20, 30][Sub(1)], 'abc'[Sub(0)], range(5)[Sub(2)]))
class Bad:
    def __index__(self):
        return 'nope'
class Big:
    def __index__(self):
        return 2 ** 70
for f in (lambda: data[Bad()], lambda: data[Bad():], lambda: range(Bad()), lambda: data[1.5:],
          lambda: (data[Big():], data[:Big()][:2]), lambda: data[Big()]):
    check(f)
'ab' * Big()
