letters = set('abracadabra')
print(len(letters), sorted(letters), 'a' in letters, 'z' in letters)
a = {1, 2, 3}
b = a
b.add(4)
print(a, b is a, len(a))
c = a | set()
c.discard(1)
print(a, c, c < a, a > c)
print({1, 2} | {2, 3} | {3, 4}, {1, 2, 3} & {2, 3, 4} & {3}, {1, 2, 3} - {1} - {2}, {1, 2} ^ {2, 3} ^ {3, 4})
print(set([1.0, 1, True]), {0.5, 1, 1.5}, {-1, -2, -3}, {10 ** 20, 1})
n = {x * x for x in range(-3, 4)}
print(n, sorted(n, reverse=True), sum(n), max(n), min(n))
for v in sorted({3, 1, 2}):
    print(v, end=' ')
print()
print(set() == set([]), {()} == {()}, len({(1, 2), (2, 1)}), {t for t in [(1,), (1,)]})
