class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return 'Point(%r, %r)' % self
p = Point(1, 2)
a, b = p
print(p, p.x, p.y, a + b, len(p), p == (1, 2), hash(p) == hash((1, 2)), p + (3,), {p: 'origin-ish'}[(1, 2)])
print(sorted([Point(2, 1), Point(1, 5)]), max(p), p.count(1), isinstance(p, tuple), tuple(p), type(p[:1]).__name__)
class Upper(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
print(Upper('abc'), Upper('abc') == 'ABC', type(Upper('x')).__name__)
class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError('odd: %d' % n)
        return super().__new__(cls, n)
print(Even(4) + 1)
try:
    Even(3)
except ValueError as e:
    print('ValueError', e)
class Tags(set):
    def add_all(self, *xs):
        for x in xs:
            self.add(x)
        return self
t = Tags(['a']).add_all('b', 'c')
print(sorted(t), len(t), 'b' in t, t | {'z'} == {'a', 'b', 'c', 'z'}, type(t | {'z'}).__name__, t == {'a', 'b', 'c'})
class Frozen(frozenset):
    pass
f = Frozen([1, 2])
print(sorted(f), hash(f) == hash(frozenset([1, 2])), {f: 1}[frozenset([2, 1])], f <= {1, 2, 3})
