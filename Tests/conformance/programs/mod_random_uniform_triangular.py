# uniform(a, b) = a + (b - a) * random(); triangular's inverse CDF (Python operators on the
# arguments, so ints and floats mix as in CPython).
import random
random.seed(23)
print([random.uniform(1, 10) for _ in range(5)], random.uniform(5, 2), random.uniform(0, 0), random.uniform(-1e308, 1e308))
print(random.uniform(1, 2**70), random.uniform(True, 3), random.uniform(2.5, 2.5), random.uniform(a=1, b=2))
print(random.triangular(), random.triangular(0, 10, 2), random.triangular(1, 1, 1), random.triangular(10, 0))
print(random.triangular(0, 10, 10), random.triangular(0, 10, 0), random.triangular(low=5, high=6), random.triangular(mode=0.9))
print([round(random.triangular(0, 1, 0.25), 12) for _ in range(6)], random.triangular(3, 3), random.triangular(-5, 5, None))
total = sum(random.uniform(-1, 1) for _ in range(2000)); print(-100 < total < 100)
r = random.Random(23)
print([r.uniform(1, 10) for _ in range(5)])
for bad in [lambda: random.uniform(1, 'a'), lambda: random.uniform('a', 'b'), lambda: random.uniform(1),
            lambda: random.uniform(1, 2, 3), lambda: random.triangular(0, 1, 'a'), lambda: random.triangular(1, 2, 3, 4),
            lambda: random.triangular('a'), lambda: random.uniform(None, 1), lambda: random.uniform(1, 2**2000),
            lambda: random.triangular(0, 1, c=2)]:
    try:
        print(bad())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(random.uniform([1], [2]) if False else random.random())
