# More slicing: steps, bounds past the ends, slice objects, and slices that are the whole.
b = bytes(range(10))
for s in [slice(None), slice(2, None), slice(None, -3), slice(1, 8, 3), slice(8, 1, -3), slice(-1, None, -1),
          slice(100, 200), slice(-200, 3), slice(None, None, 4), slice(5, 5), slice(7, 2)]:
    print(s, b[s], bytearray(b)[s])
print(b[2:5][1], b[::-1][::-1] == b, b[3:] + b[:3], b[:0] == b'', list(b[8:]), b[-3:][-1])
ba = bytearray(b'0123456789')
view = ba[2:6]
view[0] = 65
print(ba, view)
print(b'abc'[1:2] * 3, b'hello'[1:4].upper(), b'x'[0:1] == b'x', b'abcdef'[::2].decode())
big = bytes(range(256)) * 4
print(len(big), big[255], big[256], big[-1], big[1000:1003], big[::300])
print(b'abc'[0:-1], b'abc'[-1:0], b'abc'[-1:0:-1], b'abc'[False:True])
