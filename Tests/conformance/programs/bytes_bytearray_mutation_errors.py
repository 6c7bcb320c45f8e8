# The errors of bytearray item and slice assignment and del; bytes refuse both.
def t(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)
a = bytearray(b'abc')
def setitem(i, v):
    a[i] = v
def delitem(i):
    del a[i]
def setbytes(i, v):
    b = b'abc'
    b[i] = v
def delbytes(i):
    b = b'abc'
    del b[i]
t(lambda: setitem(0, 256))
t(lambda: setitem(0, -1))
t(lambda: setitem(0, 'a'))
t(lambda: setitem(0, 2 ** 70))
t(lambda: setitem(5, 1))
t(lambda: setitem('x', 1))
t(lambda: setitem(slice(0, 1), 'ab'))
t(lambda: setitem(slice(0, 1), 5))
t(lambda: setitem(slice(0, 1), 1.5))
t(lambda: setitem(slice(0, 1), [256]))
t(lambda: setitem(slice(0, 1), ['a']))
t(lambda: setitem(slice(0, 1), None))
t(lambda: setitem(slice(None, None, 2), b'abc'))
t(lambda: delitem(3))
t(lambda: delitem('x'))
t(lambda: setbytes(0, 1))
t(lambda: delbytes(0))
t(lambda: setbytes(slice(0, 1), b'x'))
print(a)
