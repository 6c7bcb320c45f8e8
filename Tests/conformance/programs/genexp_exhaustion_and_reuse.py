g = (c for c in 'abc')
print(list(g))
print(list(g))
print('a' in (c for c in 'abc'))
h = (n for n in range(10))
print(3 in h)
print(next(h), list(h))
k = (n for n in range(3))
for n in k:
    print('first loop', n)
    if n == 1:
        break
for n in k:
    print('second loop', n)
print(sorted((x for x in [3, 1, 2]), reverse=True))
z = zip((i for i in range(3)), (j for j in 'ab'))
print(list(z))
print(list(enumerate(x * x for x in range(3))))
s = (x for x in [1])
print(next(s))
next(s)
