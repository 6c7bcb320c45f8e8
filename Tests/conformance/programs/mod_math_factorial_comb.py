# factorial, comb and perm: exact big results, CPython's checks and their order.
import math
print(math.factorial(0), math.factorial(1), math.factorial(20), math.factorial(21), math.factorial(True))
f = math.factorial(10000)
print(f.bit_length(), f % 1000000007, math.factorial(3000) % 10**40, math.factorial(500) // math.factorial(498))
print(math.comb(10**30, 3), math.comb(10**20, 10**20 - 2), math.comb(1000, 500) % 10**30, math.comb(20000, 10000) % 1000000007)
print(math.perm(10**25, 2), math.perm(50, 10), math.perm(5, None), math.perm(6), math.perm(3, 5), math.perm(10**30, 0))
print([math.comb(10, k) for k in range(12)], [math.perm(7, k) for k in range(9)], math.comb(True, True), math.comb(5, False))
class N:
    def __index__(self):
        return 12
print(math.factorial(N()), math.comb(N(), 4), math.perm(N(), 3), math.comb(2**64, 2), math.perm(2**64 + 1, 2))
print(sum(math.comb(60, k) for k in range(61)) == 2**60, math.comb(100, 50) == math.factorial(100) // math.factorial(50)**2)
cases = [(math.factorial, (-1,)), (math.factorial, (-10**30,)), (math.factorial, (10**20,)), (math.factorial, (2.5,)),
         (math.factorial, (5.0,)), (math.factorial, ('5',)), (math.comb, (-1, 2)), (math.comb, (5, -1)), (math.comb, (-1, -1)),
         (math.comb, (10**20, 10**19)), (math.comb, (2.0, 1)), (math.comb, (1, 2.0)), (math.perm, (-1,)), (math.perm, (-1, None)),
         (math.perm, (3, -1)), (math.perm, (-3, 1)), (math.perm, (10**20, 10**19)), (math.perm, (1.5,)), (math.perm, (2, 1.5)),
         (math.perm, (10**20,)), (math.comb, (5,)), (math.comb, ()), (math.perm, ()), (math.perm, (1, 2, 3)), (math.factorial, ())]
for f, args in cases:
    try:
        print(f.__name__, args, f(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(f.__name__, args, type(e).__name__, e)
math.comb(10, k=3)
