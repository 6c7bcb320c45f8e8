l = [0, 1, 2, 3, 4, 5]
l[1:3] = ['a', 'b', 'c']
print(l)
l[:2] = []
print(l)
l[len(l):] = [98, 99]
print(l)
l[::2] = ['x'] * len(l[::2])
print(l)
l[:0] = 'pq'
print(l)
l[-2:] = (7,)
print(l)
m = list(range(6))
m[::-2] = [10, 30, 50]
print(m)
m[2:4] = range(3)
print(m)
m[5:1] = ['ins']
print(m)
n = [1, 2, 3]
n[:] = n
print(n)
n[1:2] = n
print(n)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print(e)
try:
    m[1:2] = 5
except TypeError as e:
    print(e)
