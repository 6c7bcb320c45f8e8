a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = l = [0, 0, 0]
i[0] = l[1] = 7
print(i, l)
p, q = r = 1, 2
print(p, q, r)
d = {}
d['a'] = d['b'] = 3
print(d)
