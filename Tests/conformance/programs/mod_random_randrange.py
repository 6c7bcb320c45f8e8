# randrange in every form: _randbelow draws getrandbits(n.bit_length()) until below n.
import random
random.seed(11)
print([random.randrange(10) for _ in range(15)])
print([random.randrange(1, 7) for _ in range(15)])
print([random.randrange(0, 100, 7) for _ in range(10)], [random.randrange(100, 0, -9) for _ in range(10)])
print([random.randrange(-50, 50, 3) for _ in range(8)], [random.randrange(-1, -20, -4) for _ in range(8)])
print(random.randrange(1), random.randrange(5, 6), random.randrange(0, 1, 5), random.randrange(7, 8, -1) if False else 0)
print(random.randrange(10**30), random.randrange(-10**20, 10**20), random.randrange(0, 10**40, 10**17))
print(random.randrange(2**64), random.randrange(2**64 + 1), random.randrange(2**32), random.randrange(2**32 + 1))
print(random.randrange(start=3, stop=9), random.randrange(5, step=1), random.randrange(0, 10, step=2), random.randrange(stop=5, start=1))
print(random.randrange(True), random.randrange(False, True), random.randrange(10, None), random.randrange(3, None, 1))
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print(random.randrange(I(5)), random.randrange(I(2), I(40), I(3)))
counts = [0] * 6
for _ in range(6000):
    counts[random.randrange(6)] += 1
print(counts, sum(counts))
r = random.Random(11)
print([r.randrange(10) for _ in range(15)])
print(sorted(set(random.randrange(0, 20, 5) for _ in range(200))), sorted(set(random.randrange(3) for _ in range(100))))
