data = [('ann', (30, 'NYC')), ('bob', (25, 'LA'))]
for name, (age, city) in data:
    print(name, age, city)
((a, b), (c, d)) = ((1, 2), (3, 4))
print(a, b, c, d)
first, (second, *others), *tail = [1, [2, 3, 4], 5, 6]
print(first, second, others, tail)
x, = [42]
print(x)
[y] = 'z'
print(y)
(p, q), r = [1, 2], 3
print(p, q, r)
a = b = [1, 2]
a[0], b[1] = b[1], a[0]
print(a, b)
m, n = n, m = 1, 2
print(m, n)
try:
    (e, f), g = (1, 2, 3), 4
except ValueError as err:
    print('ValueError', err)
try:
    h, (i, j) = 1, 2
except TypeError as err:
    print('TypeError', err)
try:
    *k, l, o = [1]
except ValueError as err:
    print('ValueError', err)
print(*[1], *(2,), *{3: 0})
