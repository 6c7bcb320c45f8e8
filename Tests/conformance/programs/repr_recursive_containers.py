a = [1, 2]
a.append(a)
print(a)
print(repr(a), str(a), len(a), a[2] is a)
d = {'name': 'root'}
d['self'] = d
print(d)
b = [a, [a]]
print(b)
x = []
y = [x]
x.append(y)
print(x, y)
e = {'k': []}
e['k'].append(e)
print(e)
t = ([],)
t[0].append(t)
print(t)
