# choices: floor(random() * n) without weights; bisect on cumulative weights with them.
import random
random.seed(5)
print(random.choices('abc'), random.choices('abc', k=10), random.choices(range(100), k=5), random.choices([1, 2], k=0))
print(random.choices(range(5), weights=[1, 0, 3, 0, 1], k=12), random.choices('xyz', cum_weights=[1, 5, 6], k=8))
print(random.choices([1, 2, 3], [0.1, 0.2, 0.7], k=10), random.choices('ab', [1, 1], k=6), random.choices('ab', (3, 1)))
print(random.choices(['a', 'b', 'c'], weights=(2.5, 0, 1e-3), k=5), random.choices('pq', cum_weights=[0, 1], k=5))
print(random.choices(range(10**12), k=3), random.choices('abc', k=True), random.choices('abc', k=-3))
print(random.choices('abcd', weights=[True, False, True, 1], k=6), random.choices('ab', weights=iter([1, 2]), k=4))
print(random.choices(('a', 'b'), cum_weights=(1, 1.5), k=6))
counts = {}
for x in random.choices('abc', [1, 2, 7], k=3000):
    counts[x] = counts.get(x, 0) + 1
print(sorted(counts.items()))
r = random.Random(5)
print(r.choices('abc'), r.choices('abc', k=10))
class K:
    def __index__(self): return 3
print(random.choices('xy', k=K()), random.choices('xy', [2, 1], k=K()))
print(random.random())
