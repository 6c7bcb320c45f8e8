# A lazy data pipeline built from generator stages and a small fluent wrapper class.
class Stream:
    def __init__(self, source, name='source'):
        self.source = source
        self.name = name

    def __iter__(self):
        return iter(self.source)

    def map(self, fn):
        return Stream((fn(x) for x in self), self.name + '.map')

    def filter(self, pred):
        return Stream((x for x in self if pred(x)), self.name + '.filter')

    def take(self, n):
        def gen():
            if n <= 0:
                return
            for i, x in enumerate(self, 1):
                yield x
                if i >= n:
                    return
        return Stream(gen(), self.name + '.take(%d)' % n)

    def chunk(self, size):
        def gen():
            buf = []
            for x in self:
                buf.append(x)
                if len(buf) == size:
                    yield tuple(buf)
                    buf = []
            if buf:
                yield tuple(buf)
        return Stream(gen(), self.name + '.chunk(%d)' % size)

    def collect(self):
        return list(self)

    def __repr__(self):
        return '<Stream %s>' % self.name

def numbers():
    n = 0
    while True:
        print('  [numbers] producing', n)
        yield n
        n += 1

def noisy(label):
    def fn(x):
        print('  [%s] %r' % (label, x))
        return x
    return fn

s = Stream(numbers()).map(noisy('seen')).filter(lambda x: x % 3 == 0).map(lambda x: x * x).take(3)
print(s)
print('nothing produced yet')
print(s.collect())
words = 'the quick brown fox jumps over the lazy dog'.split()
w = Stream(words).filter(lambda s: len(s) > 3).map(str.upper).chunk(2)
print(w, w.collect())
print(Stream(range(10)).chunk(4).collect())
print(Stream([]).take(5).collect(), Stream(range(5)).take(0).collect())

def running_average(it):
    total = count = 0
    for x in it:
        total += x
        count += 1
        yield total / count
print(list(running_average(Stream(range(1, 6)).map(lambda x: x * 2))))

def tee_lines(lines):
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        key, sep, value = line.partition('=')
        if not sep:
            raise ValueError('line %d: missing "=" in %r' % (n, line))
        yield key.strip(), value.strip()
config = 'a = 1\n\nb=two\n c = 3 '
print(dict(tee_lines(config.split('\n'))))
g = tee_lines(['x=1', 'broken', 'y=2'])
print(next(g))
print(list(g))
