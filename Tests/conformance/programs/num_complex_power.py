# ** with small int exponents (repeated squaring) and general exponents
for base in [1j, 1 + 1j, 2 - 3j, -1.5 + 0.5j, 0.5j]:
    print(' '.join(repr(base ** n) for n in range(-4, 9)))
print((1 + 1j) ** 100, (1 + 1j) ** -100, (1 + 1j) ** 101)
print(2 ** 1j, 1j ** 1j, (1 + 2j) ** 0.5, (1 + 2j) ** (2 + 0j), (1 + 2j) ** 2.0)
print((-8 + 0j) ** (1 / 3), 0j ** 0, 0j ** 2, 0j ** 0j, 0j ** 2.5, 4 ** 0.5j)
print(pow(1j, 2), pow(2, 1j))
for a, b in [(0j, -1), (0j, -2.5), (0j, 1j), (0, -1j), (1e200j, 2), (10j, 400), (1j, 1, 2)]:
    try:
        print(pow(a, b) if True else 0, end=' ')
        print(pow(*((a, b) if b != 2 else (a, b))))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
