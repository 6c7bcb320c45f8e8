# shuffle: for i from len-1 down to 1, swap x[i] with x[_randbelow(i + 1)].
import random
random.seed(13)
x = list(range(20)); random.shuffle(x); print(x)
x = list('abcdefgh'); random.shuffle(x); print(''.join(x))
x = []; random.shuffle(x); y = [1]; random.shuffle(y); print(x, y)
x = [[1], (2,), None, 3.5, 'four']; random.shuffle(x); print(x)
big = list(range(1000)); random.shuffle(big); print(big[:10], big[-10:], sorted(big) == list(range(1000)))
class Box:
    def __init__(self, items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def __setitem__(self, i, v): self.items[i] = v
b = Box('pyrust'); random.shuffle(b); print(b.items)
r = random.Random(13)
z = list(range(20)); r.shuffle(z); print(z)
perms = {}
for _ in range(600):
    p = [1, 2, 3]; random.shuffle(p); perms[tuple(p)] = perms.get(tuple(p), 0) + 1
print(sorted(perms.items()))
for bad in [lambda: random.shuffle(5), lambda: random.shuffle((1, 2)), lambda: random.shuffle('ab'),
            lambda: random.shuffle(), lambda: random.shuffle([1], None), lambda: random.shuffle(x=[1], y=2),
            lambda: random.shuffle({1: 2, 0: 3}), lambda: random.shuffle({1, 2})]:
    try:
        print(bad())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
d = {0: 'a', 1: 'b', 2: 'c'}; random.shuffle(d); print(sorted(d.items()))
print(random.random())
