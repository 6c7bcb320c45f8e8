# hash(complex) equals CPython's
for z in [0j, 1j, -1j, 1 + 0j, -1 + 0j, 2.5 - 3.25j, 1e300 + 1e-300j, complex(2 ** 61, 1),
          complex(-2 ** 70, -2 ** 63), complex(0, float('inf')), complex(-float('inf'), 1), complex(-1, -1)]:
    print(repr(z), hash(z))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(-1 + 0j))
print(len({1, 1.0, 1 + 0j, True}), len({1j, complex(0, 1), 2j}))
d = {}
d[3 + 0j] = 'c'
d[3] = 'i'
print(d)
