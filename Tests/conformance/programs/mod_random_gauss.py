# gauss keeps its second value for the next call (reset by seed); normalvariate and
# lognormvariate use Kinderman and Monahan's method.
import random
random.seed(29)
print(random.gauss(), random.gauss(), random.gauss(), random.gauss(5, 2), random.gauss(mu=1, sigma=0))
random.seed(29)
a = random.gauss(); random.seed(29); print(a == random.gauss())
random.gauss(); random.seed(29); print(a == random.gauss())
print(random.normalvariate(), random.normalvariate(10, 3), random.normalvariate(mu=-1), random.normalvariate(100, 0))
print(random.lognormvariate(0, 1), random.lognormvariate(-1, 0.5), random.lognormvariate(0, 1000), random.lognormvariate(2, 0))
xs = [random.gauss(0, 1) for _ in range(2000)]
print(abs(sum(xs) / len(xs)) < 0.1, 0.8 < sum(x * x for x in xs) / len(xs) < 1.2)
ys = [random.normalvariate(3, 2) for _ in range(2000)]
print(abs(sum(ys) / len(ys) - 3) < 0.2)
r = random.Random(29)
print(r.gauss(), r.gauss(), r.gauss_next)
r.gauss(); print(r.gauss_next is None, r.getstate()[2] is None)
r.gauss(); print(type(r.getstate()[2]).__name__)
print(random.gauss(1, 2) + 0 == random.gauss(1, 2) if False else random.gauss(10**20, 1), random.normalvariate(True, False))
for bad in [lambda: random.gauss('a'), lambda: random.gauss(1, 'b'), lambda: random.normalvariate('a'),
            lambda: random.normalvariate(1, [1]), lambda: random.lognormvariate(0), lambda: random.lognormvariate(0, 1, 2),
            lambda: random.gauss(1, 2, 3), lambda: random.normalvariate(x=1), lambda: random.lognormvariate(1000, 0)]:
    try:
        print(bad())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(random.random())
