import math
print(math.gcd(), math.gcd(0, 0), math.gcd(12, -18), math.gcd(2**100, 6**50), math.gcd(15, 25, 35))
print(math.lcm(), math.lcm(4, 6), math.lcm(2, 3, 4), math.lcm(0, 5), math.lcm(-4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(30), math.factorial(True))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(50, 25), math.comb(100, 3))
print(math.perm(5), math.perm(5, 2), math.perm(3, 5), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**101))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2),
            lambda: math.comb(5, -1), lambda: math.isqrt(-1), lambda: math.gcd(2.5),
            lambda: math.perm(-1), lambda: math.isqrt('x')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
