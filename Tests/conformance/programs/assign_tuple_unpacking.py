a, b = 1, 2
a, b = b, a
print(a, b)
(c, d), e = (3, 4), 5
print(c, d, e)
[f, g] = 'xy'
print(f, g)
h, (i, [j, k]) = 1, (2, [3, 4])
print(h, i, j, k)
for n, (p, q) in enumerate([(1, 2), (3, 4)]):
    print(n, p, q)
x, = [42]
print(x)
m, n = {'k1': 1, 'k2': 2}
print(m, n)
r, s, t = range(3)
print(r, s, t)
l = [0, 0]
l[0], l[1] = 'first', 'second'
print(l)
