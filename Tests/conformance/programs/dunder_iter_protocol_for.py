class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __iter__(self):
        return Range2Iter(self.lo, self.hi)
class Range2Iter:
    def __init__(self, cur, hi):
        self.cur, self.hi = cur, hi
    def __iter__(self):
        return self
    def __next__(self):
        if self.cur >= self.hi:
            raise StopIteration
        self.cur += 1
        return self.cur - 1

r = Range2(2, 5)
print(list(r), list(r))
print([(a, b) for a in Range2(0, 2) for b in Range2(0, 2)])
print(dict(zip(Range2(0, 3), 'xyz')), set(Range2(1, 4)), tuple(Range2(0, 2)))
print(' '.join(map(str, Range2(5, 8))))
print(any(x > 3 for x in r), all(Range2(1, 3)), list(filter(None, Range2(0, 3))))
x, y, z = Range2(7, 10)
print(x, y, z)
print(*Range2(0, 4), sep='-')
it = iter(r)
print(next(it), list(it), list(it))
for i in Range2(0, 5):
    if i == 3:
        break
    print('loop', i)
else:
    print('no break')
a, b = Range2(0, 3)
