a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a)
print(str(a)[:20], str(a)[-20:], len(str(a)), a % 10 ** 9, a > 2 ** 200)
n = 1
for i in range(60):
    n = n * 3 + i
print(n, -n, n // 3 ** 30, n % -(3 ** 30))
print(f'{2 ** 100:,}', f'{-(2 ** 70):x}', '%d' % 10 ** 25, '%x' % 2 ** 70, '{:e}'.format(10 ** 25))
