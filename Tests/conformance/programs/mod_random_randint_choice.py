# randint(a, b) is randrange(a, b + 1); choice(seq) indexes seq with _randbelow(len(seq)).
import random
random.seed(8)
print([random.randint(1, 6) for _ in range(20)], [random.randint(-3, 3) for _ in range(10)])
print(random.randint(0, 0), random.randint(-10**25, 10**25), random.randint(1, 2**70), random.randint(True, 5))
print([random.choice('abcdef') for _ in range(15)], random.choice(range(1000)), random.choice((1, 2, 3)))
print(random.choice([None, [1], (2,), 'x']), random.choice(['only']), random.choice({0: 'z'}))
class Seq:
    def __len__(self): return 5
    def __getitem__(self, i): return i * 100
print([random.choice(Seq()) for _ in range(8)])
r = random.Random(8)
print([r.randint(1, 6) for _ in range(20)])
for bad in [lambda: random.choice([]), lambda: random.choice(''), lambda: random.choice(()), lambda: random.choice(range(0)),
            lambda: random.choice(5), lambda: random.choice({1, 2}), lambda: random.choice({5: 1}), lambda: random.choice(),
            lambda: random.randint(5, 1), lambda: random.randint(1, 'a'),
            lambda: random.randint(1), lambda: random.randint(1, 2, 3), lambda: random.randint(a=1, c=2),
            lambda: random.randint(1, a=2), lambda: random.choice(seq=[]), lambda: random.choice([1], [2])]:
    try:
        print(bad())
    except (IndexError, TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(random.random())
