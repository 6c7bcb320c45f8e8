# expovariate, vonmisesvariate, gammavariate (three algorithms by alpha), betavariate,
# paretovariate, weibullvariate: random.py's formulas, draw for draw.
import random
random.seed(31)
print([random.expovariate(l) for l in (0.1, 1, 10, -1, 2**0.5)], random.expovariate(lambd=3))
print([random.vonmisesvariate(m, k) for m, k in ((0, 0.5), (3, 10), (-1, 100), (10, 1e-7), (1, 4), (0, 1e-6))])
print([random.gammavariate(a, 1) for a in (0.1, 0.5, 0.99, 1.0, 1.5, 3, 10, 100)])
print([random.gammavariate(a, b) for a, b in ((2, 3), (0.5, 0.25), (1, 10), (7.5, 1))])
print([random.betavariate(a, b) for a, b in ((0.5, 0.5), (1, 1), (2, 5), (10, 1), (0.1, 0.1))])
print([random.paretovariate(a) for a in (1, 2.5, 10, 0.5)], [random.weibullvariate(a, b) for a, b in ((1, 1), (2, 0.5), (1, 5))])
g = [random.gammavariate(2, 2) for _ in range(2000)]
print(3.5 < sum(g) / len(g) < 4.5, min(g) > 0)
r = random.Random(31)
print([r.expovariate(l) for l in (0.1, 1, 10, -1, 2**0.5)])
for bad in [lambda: random.expovariate(0), lambda: random.expovariate(), lambda: random.expovariate('a'),
            lambda: random.gammavariate(0, 1), lambda: random.gammavariate(1, -1), lambda: random.gammavariate(-1, 'x'),
            lambda: random.betavariate(0, 1), lambda: random.betavariate(1, 0), lambda: random.paretovariate(0),
            lambda: random.weibullvariate(1, 0), lambda: random.vonmisesvariate(0, 'a'), lambda: random.vonmisesvariate(0),
            lambda: random.gammavariate('a', 1), lambda: random.weibullvariate('a', 1), lambda: random.paretovariate(None)]:
    try:
        print(bad())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
print(random.random())
