# Indexing gives ints, slicing gives bytes (bytearray for a bytearray).
b = b'abcdef'
print(b[0], b[-1], b[2:4], b[::-1], b[::2], b[1:-1:2], b[10:], b[-100:2], b[:], b[5:1:-2])
a = bytearray(b'abcdef')
print(a[0], a[-1], a[2:4], a[::-1], a[::2], a[:0], type(a[1:]), type(b[1:]))
print(b[True], b[slice(1, 3)], b[slice(None, None, -3)], b[len(b) - 1], [b[i] for i in range(-2, 2)])
class I:
    def __index__(self):
        return 2
print(b[I()], a[I()], b[I():], b'abc'.__getitem__(1), bytearray(b'xy').__getitem__(-1))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b[6])
t(lambda: b[-7])
t(lambda: a[6])
t(lambda: a[-7])
t(lambda: b['x'])
t(lambda: a['x'])
t(lambda: b[1.5])
t(lambda: a[None])
t(lambda: b[2 ** 70])
t(lambda: b[::0])
t(lambda: b['a':])
t(lambda: b''[0])
