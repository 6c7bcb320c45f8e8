# random.Random instances: independent generators with every method; the module's
# functions share one hidden instance.
import random
a, b = random.Random(1), random.Random(1)
print(a.random() == b.random(), a.randint(1, 100), b.randint(1, 100), a.choice('xyz'), b.choice('xyz'))
print(type(a), random.Random, isinstance(a, random.Random), type(a).__name__, random.Random.__name__, random.Random.__module__)
print(type(a) is random.Random, a.VERSION, a.gauss_next, random.Random(x=5).random(), random.Random(None).random() < 1)
random.seed(1); c = random.Random(1)
print(random.random() == c.random(), random.randrange(50) == c.randrange(50), random.sample(range(9), 3) == c.sample(range(9), 3))
gens = [random.Random(s) for s in range(5)]
print([g.randrange(1000) for g in gens], [g.getrandbits(8) for g in gens])
f = random.Random(99).random
print(f(), f(), random.Random(99).random())
m = random.Random(3)
names = ['seed', 'random', 'getrandbits', 'getstate', 'setstate', 'randrange', 'randint', 'choice', 'choices',
         'shuffle', 'sample', 'uniform', 'triangular', 'gauss', 'normalvariate', 'lognormvariate', 'expovariate',
         'vonmisesvariate', 'gammavariate', 'betavariate', 'paretovariate', 'weibullvariate']
print(all(callable(getattr(m, n)) for n in names), all(callable(getattr(random, n)) for n in names))
print(m.seed(4), m.random(), m.setstate(m.getstate()), m.random())
m.seed('text'); print(m.random()); m.seed(2.5); print(m.random())
for bad in [lambda: random.Random(1, 2), lambda: random.Random(y=5), lambda: random.Random([]),
            lambda: m.random(1), lambda: m.random(x=1), lambda: m.nope, lambda: random.nope, lambda: m.seed(1, 2, 3)]:
    try:
        print(bad())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
from random import randint, Random, choice
R = Random(6); print(randint(1, 1), R.randint(1, 6), choice('q'))
