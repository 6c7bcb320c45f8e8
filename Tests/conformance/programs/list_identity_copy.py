a = [1, [2, 3]]
b = a[:]
c = list(a)
b[1].append(4)
c[0] = 'changed'
print(a, b, c)
print(a == b, a is b, a[1] is b[1])
e = [1, 2, 3]
f = e
e += [4]
e = e + [5]
print(e, f)
print([1, 2] == [1, 2.0], [1, [2]] == [1, [2]], [] == [], [1, 2] != [2, 1], [0] * 0 == [])
