class Name(str):
    def greet(self):
        return 'hello ' + self
    def __repr__(self):
        return 'Name(%s)' % super().__repr__()
n = Name('ann')
print(n, repr(n), n.greet(), n.upper(), type(n.upper()).__name__, n + '!', len(n), n[0], n[1:], list(n))
print(n == 'ann', 'nn' in n, n.startswith('a'), f'{n}|{n:>5}|{n!r}', '%s and %r' % (n, n), '-'.join([n, Name('bo')]))
d = {n: 1}
print(d['ann'], {'ann': 2}[n], hash(n) == hash('ann'), sorted([Name('b'), Name('a')]), str(n), type(str(n)).__name__)
class Money(int):
    def __str__(self):
        return '$%d' % self
    def __add__(self, other):
        return Money(int(self) + int(other))
m = Money(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__, -m, m > 4, m == 5, abs(Money(-2)))
print([10, 20, 30, 40, 50, 60][m], list(range(m)), hex(m), f'{m:04d}', '%d' % m, int(m), float(m), bool(Money(0)))
print({5: 'five'}[m], m // 2, m % 3, divmod(m, 2), m ** 2, 2 ** m, round(m), str(m), format(m, 'x'))
class Temp(float):
    @property
    def fahrenheit(self):
        return self * 9 / 5 + 32
t = Temp(100)
print(t, t.fahrenheit, t + 1, t.is_integer(), round(t), int(t), f'{t:.1f}', t > 99.5)
try:
    Money('x')
except ValueError as e:
    print('ValueError', e)
