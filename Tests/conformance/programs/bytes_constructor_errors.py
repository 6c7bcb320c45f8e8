# The TypeError/ValueError/OverflowError messages of bytes() and bytearray().
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
for T in (bytes, bytearray):
    t(lambda: T('abc'))
    t(lambda: T(-1))
    t(lambda: T(1.5))
    t(lambda: T(None))
    t(lambda: T([300]))
    t(lambda: T([-1]))
    t(lambda: T(['a']))
    t(lambda: T(b'x', 'utf-8'))
    t(lambda: T(encoding='utf-8'))
    t(lambda: T(errors='strict'))
    t(lambda: T(5, errors='x'))
    t(lambda: T('a', errors='strict'))
    t(lambda: T('a', 'utf-8', 'strict', 4))
    t(lambda: T(1, 2))
    t(lambda: T('a', 'ascii', 5))
    t(lambda: T(x=1))
    t(lambda: T(2 ** 70))
    t(lambda: T([2 ** 70]))
    t(lambda: T(x for x in [1, 'a']))
    t(lambda: T(object()))
class Bad:
    def __bytes__(self):
        return 'nope'
t(lambda: bytes(Bad()))
