# Constant operands are folded at compile time; results must match unfolded arithmetic.
print(2 + 2, 7 - 10, 6 * 7)
print(2147483647 + 1, -2147483648 - 1, 65536 * 65536, 2147483647 * 2147483647)
print((1 + 2) * 3, 1 + 2 * 3, 10 - 2 - 3)
x = 0
print(x if x else 1 + 2, (x or 5) + 1, -3 * -3)
n = 4
print(n + 1 + 2, 1 + 2 + n, n * 2 * 3)
i = 2147483647
i += 1
print(i, i - 1 - 1, type(3 * 4).__name__ if False else 12)
def f(k):
    return k * 1000000 * 1000000 * 1000000
print(f(1), f(-7))
print(2 + 2 == 4, 3 * 3 < 10)
