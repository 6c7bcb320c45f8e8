a = 1
b = [0, 1, 2, 3, 4, 5, 6, 7]
del a
print('deleted a')
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
d = {'x': 1, 'y': 2, 'z': 3}
del d['y']
print(d)
c, e = 1, 2
del c, e
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
s = list(range(10))
del s[::-3]
print(s)
del s[:]
print(s)
