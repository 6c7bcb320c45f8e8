def g(n):
    for i in range(n):
        yield i

print(list(g(4)), tuple(g(3)), set(g(3)), sorted(g(4), reverse=True))
print(dict((i, i * i) for i in g(3)), dict(zip(g(3), 'abc')))
print(sum(g(5)), min(g(5)), max(g(5)), any(g(1)), all(g(3)), any(g(0)), all(g(0)))
print(list(zip(g(3), g(10))), list(map(str, g(3))), list(filter(None, g(4))))
print(list(enumerate(g(3), 1)), '-'.join(str(x) for x in g(4)))
print(2 in g(5), 7 in g(5))
a, b, *c = g(5)
print(a, b, c)
print([x * 2 for x in g(3)], {x: -x for x in g(2)}, {x % 2 for x in g(5)})
print(*g(4))
print(list(reversed(list(g(3)))), len(list(g(7))))
for i, x in enumerate(g(2)):
    print('loop', i, x)
print(sorted(g(3), key=lambda v: -v), max(g(4), key=lambda v: v % 3))
print(bytes(g(3)), bytearray(g(2)), str(list(g(0))))
print(list(map(lambda x, y: x + y, g(3), g(3))))
try:
    reversed(g(3))
except TypeError as e:
    print('TypeError', e)
try:
    len(g(2))
except TypeError as e:
    print('TypeError', e)
g(3)[0]
