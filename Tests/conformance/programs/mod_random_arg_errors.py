# Argument errors of every function, worded as for the Python methods of random.Random
# (and the C ones: random, getrandbits).
import random
calls = [((), {}), ((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {}), ((), {'zz': 1}), ((1,), {'a': 2})]
names = ['seed', 'random', 'getrandbits', 'getstate', 'setstate', 'randrange', 'randint', 'choice', 'choices',
         'shuffle', 'sample', 'uniform', 'triangular', 'gauss', 'normalvariate', 'lognormvariate', 'expovariate',
         'vonmisesvariate', 'gammavariate', 'betavariate', 'paretovariate', 'weibullvariate']
for n in names:
    out = []
    for args, kw in calls:
        random.seed(41)
        try:
            r = getattr(random, n)(*args, **kw)
            out.append('ok' if r is None or isinstance(r, (int, float)) else type(r).__name__)
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(n, ' | '.join(out))
