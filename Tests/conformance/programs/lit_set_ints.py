print({3, 1, 2}, {0}, {5, 5, 5})
s = {1, 2, 3}
print(s, len(s), 2 in s, 4 in s)
print(sorted({10, -3, 7, 0}))
print({(1, 2)} == {(1, 2)}, {1, 2} == {2, 1}, {1} != {1.0})
print(set([1, 2, 2, 3, 3, 3]), set(range(5)), set())
print({True, 1, 1.0}, {0, False})
print({x % 4 for x in range(10)})
