# isqrt of huge ints, gcd and lcm of any number of ints.
import math
print([math.isqrt(n) for n in range(30)], math.isqrt(True), math.isqrt(10**40), math.isqrt(2**101))
for e in (100, 401, 1000, 4001):
    n = 10**e + 12345
    r = math.isqrt(n)
    print(e, r * r <= n < (r + 1) * (r + 1), r % 10**15)
print(math.isqrt(2**4001 + 12345) % 10**20, math.isqrt((10**300 + 7)**2), math.isqrt((10**300 + 7)**2 - 1) % 10**10)
class N:
    def __index__(self):
        return 99
print(math.isqrt(N()), math.gcd(N(), 33), math.lcm(N(), 4))
print(math.gcd(), math.gcd(0), math.gcd(-5), math.gcd(0, 0), math.gcd(12, -18), math.gcd(2**100, 6**50), math.gcd(15, 25, 35))
print(math.gcd(True, 4), math.gcd(-2**64, 2**32), math.gcd(10**40 + 1, 10**20 - 1), math.gcd(*range(6, 600, 6)))
print(math.lcm(), math.lcm(0), math.lcm(-5), math.lcm(4, 6), math.lcm(2, 3, 4), math.lcm(0, 5), math.lcm(-4, 6))
print(math.lcm(10**20, 10**15 * 3), math.lcm(*range(1, 40)), math.lcm(3, 0, 5), math.lcm(True, True))
for bad in [lambda: math.isqrt(-1), lambda: math.isqrt(-10**50), lambda: math.isqrt(2.0), lambda: math.isqrt('x'),
            lambda: math.isqrt(), lambda: math.gcd(2.5), lambda: math.gcd(4, '6'), lambda: math.lcm(1.0),
            lambda: math.lcm(2, None), lambda: math.gcd(a=1), lambda: math.lcm(b=2), lambda: math.isqrt(n=4)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
math.isqrt(-4)
