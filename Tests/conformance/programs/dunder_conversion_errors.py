class Empty:
    pass
def check(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)

e = Empty()
check(lambda: -e)
check(lambda: +e)
check(lambda: ~e)
check(lambda: abs(e))
check(lambda: int(e))
check(lambda: float(e))
check(lambda: round(e))
check(lambda: [1, 2][e])
check(lambda: range(e))
check(lambda: 'x' * e)
check(lambda: hex(e))
check(lambda: len(e))
check(lambda: iter(e))
check(lambda: complex(e) if False else e[0])
class BadFloat:
    def __float__(self):
        return 1
check(lambda: float(BadFloat()))
class BadIndex:
    def __index__(self):
        return 1.5
check(lambda: [1][BadIndex()])
check(lambda: e())
