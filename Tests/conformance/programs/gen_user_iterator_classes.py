class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v

f = Fib(50)
print(list(f), list(f), sum(f))
print([x for x in f if x % 2 == 0])
it = iter(f)
print(next(it), next(it), next(it))
print(list(zip(it, 'abc')))
print(list(it))
class GenBased:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for x in self.items:
            yield x.upper()
gb = GenBased(['a', 'b'])
print(list(gb), list(gb), type(iter(gb)).__name__)
print(sorted(GenBased('cab')), ''.join(GenBased('hey')))
