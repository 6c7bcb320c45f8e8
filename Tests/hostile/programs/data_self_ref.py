a = []
a.append(a)
d = {}
d[1] = d
print(a, d, a == a)
b = []
b.append(b)
print(a == b)
