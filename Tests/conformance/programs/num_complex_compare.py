# == and != with ints, floats and complex; ordering is a TypeError
print(1j == 1j, 1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 0j == 0, 0j == -0.0, 1j == 1)
print(1 + 0j != 1, 2j != 2j, 1j != 'x', 1j == None, [1j] == [1j], (1, 1j) == (1, 1j))
print(complex(2 ** 53 + 1) == 2 ** 53 + 1, complex(2 ** 53) == 2 ** 53)
print(float('nan') * 1j == float('nan') * 1j, True == 1 + 0j)
print(1j in [1, 1j], 2 in [2 + 0j], {1j: 'a'}[1j], {2: 'x'}[2 + 0j])
for op in ['<', '<=', '>', '>=']:
    for a, b in [(1j, 2j), (1j, 1), (1.5, 1j), (1j, 'x')]:
        try:
            print(a < b if op == "<" else a <= b if op == "<=" else a > b if op == ">" else a >= b)
        except TypeError as e:
            print(type(e).__name__, e)
