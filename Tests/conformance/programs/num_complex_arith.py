# + - * / with ints, floats and complex on either side
vals = [0, 1, -3, 2.5, -0.0, 1j, 2 - 3j, -1.5 + 0.5j, complex(0, -0.0), True]
for a in vals:
    row = []
    for b in vals:
        if isinstance(a, complex) or isinstance(b, complex):
            row.append(repr(a + b))
            row.append(repr(a - b))
            row.append(repr(a * b))
    if row:
        print(' '.join(row))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), 1 / 1j, 2 / (1 + 1j))
print(1e308j * 10, (1e308 + 1e308j) / (1e-308 + 1e-308j))
print((2 ** 80) * 1j, 1j + 2 ** 100)
