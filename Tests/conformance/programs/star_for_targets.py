rows = [(1, 2, 3, 4), (5, 6), (7, 8, 9)]
for first, *rest in rows:
    print(first, rest)
for *init, last in rows:
    print(init, last)
for a, *mid, z in rows:
    print(a, mid, z)
for i, (x, *ys) in enumerate(rows):
    print(i, x, ys)
pairs = [((1, 2), [3, 4]), ((5, 6), [7, 8])]
for (a, b), [c, d] in pairs:
    print(a + b + c + d)
for [k, v] in {'p': 1, 'q': 2}.items():
    print(k, v)
*head, tail = 'hello'
print(head, tail)
(a, b), c = 'xy', 'z'
print(a, b, c)
[a, [b, [c, *d]]] = [1, [2, [3, 4, 5]]]
print(a, b, c, d)
for x, *y in ['ab', 'c']:
    print(x, y)
for a, *b, c in [(1,)]:
    print('unreachable')
