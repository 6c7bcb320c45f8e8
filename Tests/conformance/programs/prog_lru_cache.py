# An LRU cache class used as a memoizing decorator, with statistics and eviction callbacks.
class LRUCache:
    def __init__(self, capacity, on_evict=None):
        if capacity < 1:
            raise ValueError('capacity must be positive')
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
        self.on_evict = on_evict

    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            evicted = self.data.pop(oldest)
            if self.on_evict:
                self.on_evict(oldest, evicted)
        self.data[key] = value

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        sentinel = object()
        value = self.get(key, sentinel)
        if value is sentinel:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.put(key, value)

    def keys(self):
        return list(self.data)

    def __repr__(self):
        return 'LRUCache(%d/%d, hits=%d, misses=%d, order=%r)' % (
            len(self), self.capacity, self.hits, self.misses, self.keys())

def memoize(capacity):
    def decorate(fn):
        cache = LRUCache(capacity)
        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = fn(*args)
            cache[args] = result
            return result
        wrapper.cache = cache
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate

evictions = []
c = LRUCache(3, on_evict=lambda k, v: evictions.append((k, v)))
for k in 'abc':
    c[k] = k.upper()
print(c)
print(c['a'], c.get('zz', 'missing'))
c['d'] = 'D'
print(c, evictions)
c['c'] = 'C2'
c['e'] = 'E'
print(c, evictions)
try:
    c['b']
except KeyError as e:
    print('KeyError', e)
print('a' in c, 'b' in c, len(c))

@memoize(50)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache.hits, fib.cache.misses, len(fib.cache))

calls = []
@memoize(2)
def slow_square(x):
    calls.append(x)
    return x * x
for x in [1, 2, 1, 3, 2, 1, 1]:
    slow_square(x)
print(calls, slow_square.cache)
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError', e)
slow_square([1])
