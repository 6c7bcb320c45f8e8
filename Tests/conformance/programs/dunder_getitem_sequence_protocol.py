class Squares:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError('Squares index out of range')
        return i * i
    def __len__(self):
        return self.n

s = Squares(5)
print(list(s), s[-1], s[1:4], s[::-2], len(s))
print(9 in s, 10 in s, sum(s), max(s))
a, b, *rest = s
print(a, b, rest)
print(list(enumerate(s)), list(zip(s, 'abc')))
print(sorted(s, reverse=True), tuple(reversed(s)))
print([x for x in s if x % 2])
it = iter(s)
print(next(it), next(it), type(it).__name__)
print(slice(1, 4), slice(None, None, -2).indices(5))
s[5]
