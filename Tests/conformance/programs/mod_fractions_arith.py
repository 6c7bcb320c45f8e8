from fractions import Fraction as F
a, b, c = F(1, 3), F(-5, 7), F(9, 4)
for x, y in [(a, b), (b, c), (c, a), (a, a), (b, F(0, 1) + 1)]:
    print(x + y, x - y, x * y, x / y, x // y, x % y, divmod(x, y))
print(a ** 2, a ** -2, b ** 3, b ** -3, c ** 0, F(0) ** 5, a ** F(2), b ** F(-1))
print(a ** F(1, 2), F(4) ** F(1, 2), F(-8) ** F(1, 3) if False else 'skip', a ** 0.5, c ** 1.5)
print(2 ** a, 2 ** F(3), 2 ** F(-2), 2.0 ** a, (-8) ** F(1), F(2) ** 100)
print(-a, +b, abs(b), abs(F(0)), -F(0))
print(sum([F(1, n) for n in range(1, 8)]), sum([F(1, 2)] * 4))
x = F(0)
for k in range(1, 6):
    x += F(1, 2 ** k)
print(x, x * 32, x - 1, 1 - x)
y = F(7, 3)
y *= 3
y /= F(1, 2)
y -= 10
y //= 3
print(y, type(y).__name__)
print(F(10**40, 3) * F(3, 10**40), F(10**20 + 1, 10**20) - 1)
print(F(1, 6) + F(1, 3), F(1, 6) - F(1, 6), F(3, 10) * F(10, 3), F(3, 4) / F(3, 4))
