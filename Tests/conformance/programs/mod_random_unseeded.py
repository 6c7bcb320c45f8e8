# Without seed() (or with seed(None)) the generator starts from the operating system's
# randomness: only properties are printed.
import random
xs = [random.random() for _ in range(100)]
print(all(0.0 <= x < 1.0 for x in xs), len(set(xs)) > 95)
print(all(1 <= random.randint(1, 6) <= 6 for _ in range(200)), all(random.randrange(10) in range(10) for _ in range(50)))
print(random.choice('abc') in 'abc', sorted(random.sample(range(10), 10)) == list(range(10)), random.getrandbits(0))
a, b = random.Random(), random.Random()
print([a.random() for _ in range(3)] != [b.random() for _ in range(3)])
random.seed(); s1 = random.getrandbits(128); random.seed(None); s2 = random.getrandbits(128); print(s1 != s2)
st = random.getstate(); x = random.random(); random.setstate(st); print(x == random.random())
print(0 <= random.getrandbits(64) < 2**64, type(random.gauss()).__name__, random.uniform(3, 3), len(random.choices('ab', k=7)))
l = list(range(50)); random.shuffle(l); print(sorted(l) == list(range(50)))
random.seed(42); print(random.random())
