first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = 1, 2
print(a, mid, b)
*everything, = (9, 8)
print(everything)
x, *y = 'ab'
print(x, y)
head, *tail = [[1, 2], [3]]
print(head, tail)
for p, *qs in [(1, 2, 3), (4,)]:
    print(p, qs)
print([*range(3), *'ab'], (*[1, 2], 3), {**{'a': 1}, 'b': 2})
print(*[1, 2, 3], sep='-')
