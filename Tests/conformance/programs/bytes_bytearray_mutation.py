# bytearray item and slice assignment, and del.
a = bytearray(b'hello')
a[0] = 72
a[-1] = ord('O')
print(a)
a[1:3] = b'EY'
print(a, len(a))
a[1:3] = b''
print(a)
a[0:0] = bytearray(b'>>')
print(a)
a[len(a):] = [33, 33]
print(a)
a[::2] = b'abcd'
print(a)
a[1:2] = (x for x in b'XYZ')
print(a)
a[:] = a
print(a)
a[2:] = range(48, 51)
print(a)
del a[0]
print(a)
del a[-2:]
print(a)
del a[::2]
print(a)
b = bytearray(b'0123456789')
del b[1::3]
b[5:] = b'!'
b[-1:] = []
print(b, b.__len__())
c = bytearray(b'abc')
c[True] = 0
c[5:10] = b'Z'
print(c)
