class Src:
    def __init__(self, name, n):
        self.name, self.i, self.n = name, 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            print(self.name, 'exhausted')
            raise StopIteration
        self.i += 1
        print(self.name, 'yields', self.i)
        return self.i
z = zip(Src('a', 1), Src('b', 5))
print('zip made')
print(list(z))
print(list(zip(Src('c', 3), Src('d', 1))))
m = map(lambda x, y: x * y, Src('e', 2), Src('f', 3))
print(next(m))
print(list(m))
f = filter(lambda v: v % 2, Src('g', 4))
e = enumerate(f, start=10)
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print('enumerate done')
r = reversed(range(3))
print(next(r), list(r), list(r))
def gen():
    for k in 'xy':
        print('gen at', k)
        yield k
it = iter(gen())
print(next(zip(it, it)))
print(list(zip(it, Src('h', 3))))
print(dict(zip(Src('i', 2), map(str, Src('j', 9)))))
