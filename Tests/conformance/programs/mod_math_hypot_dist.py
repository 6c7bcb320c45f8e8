# hypot and dist: CPython 3.11's vector_norm (exact squares and sums, one correction step).
import math
s = 987654321
def rnd():
    global s
    s = (s * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    return s
def fl(spread):
    return ((rnd() / 18446744073709551616) * 2 - 1) * 10.0 ** (rnd() % spread - spread // 2)
out = []
for i in range(150):
    v = [fl(3 if i % 2 else 40) for _ in range(2 + i % 4)]
    w = [fl(3) for _ in v]
    out.append(repr(math.hypot(*v)))
    out.append(repr(math.dist(v, w)))
for i in range(0, len(out), 6):
    print(' '.join(out[i:i + 6]))
print(math.hypot(), math.hypot(-3), math.hypot(3, 4), math.hypot(1e-320, 3e-320), math.hypot(5e-324, 5e-324))
print(math.hypot(1e308, 1e308), math.hypot(1e300, 1e-300), math.hypot(-0.0, 0.0), math.hypot(True, 2, 3))
print(math.hypot(math.nan, math.inf), math.hypot(math.nan, 1), math.hypot(-math.inf, 1), math.hypot(2**1023, 2**1023))
print(math.dist((1, 2, 3), [4, 5, 6]), math.dist([], ()), math.dist(range(3), (0, 0, 0)), math.dist(iter([1]), (4,)))
for bad in [lambda: math.dist((1, 2), (1,)), lambda: math.dist(1, (1,)), lambda: math.dist(('a',), (1,)),
            lambda: math.hypot('a'), lambda: math.hypot(10**400), lambda: math.dist((1,), (2,), (3,)),
            lambda: math.hypot(x=1), lambda: math.dist(p=(1,), q=(2,))]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.hypot(1.0, 1e-16) == 1.0, math.dist((0.1, 0.2), (0.3, 0.4)))
