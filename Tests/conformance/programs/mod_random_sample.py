# sample: a pool list when the population is small, a set of chosen indices when it is large
# (CPython's setsize rule); counts= samples range(total) and maps back with bisect.
import random
random.seed(17)
print(random.sample(range(100), 10), random.sample(['a', 'b', 'c', 'd'], 4), random.sample('abcdefghij', 3))
print(random.sample(range(10**9), 8), random.sample(range(50), 30), random.sample(range(1000), 25))
print(random.sample(tuple(range(30)), 10), random.sample('abcdefghijklmnopqrstuvwxyz' * 2, 7), random.sample([], 0))
print(random.sample(range(21), 5), random.sample(range(22), 5), random.sample(range(85), 6), random.sample(range(86), 6))
print(random.sample(range(5), k=5), random.sample(population=[1, 2, 3], k=2))
print(random.sample('abcde', k=3, counts=[1, 2, 3, 4, 5]), random.sample(['x', 'y'], 5, counts=[3, 2]))
print(random.sample(range(3), 6, counts=(2, 2, 2)), random.sample('ab', 1, counts=[0, 1]), random.sample('ab', k=2, counts=iter([1, 1])))
s = random.sample(range(100), 100); print(sorted(s) == list(range(100)), s[:10])
print(random.sample(range(200), 60)[:12], random.sample(list(range(200)), 60)[:12])
r = random.Random(17)
print(r.sample(range(100), 10))
print(random.sample(range(10, 0, -1), 4), random.sample(range(0, 100, 5), 4), random.sample([True, False], 1))
print(random.random())
