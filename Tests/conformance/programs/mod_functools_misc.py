# functools in combination: decorators stacked, partial with lru_cache, reduce over partials.
import functools
import operator
def counted(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        inner.calls += 1
        return fn(*a, **k)
    inner.calls = 0
    return inner
@counted
@functools.lru_cache(maxsize=None)
def slow_square(n):
    return n * n
print([slow_square(i % 3) for i in range(6)], slow_square.calls, slow_square.__wrapped__.cache_info())
print(slow_square.__name__, slow_square.__wrapped__.__wrapped__.__name__)
pipeline = [functools.partial(operator.mul, 3), functools.partial(operator.add, 1), abs]
print(functools.reduce(lambda acc, f: f(acc), pipeline, -5))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, lambda s: s.replace('A', '4'))('  banana '))
add3 = functools.partial(functools.reduce, operator.add)
print(add3([1, 2, 3]), add3(['a', 'b'], '>'))
@functools.total_ordering
class Version:
    def __init__(self, text): self.parts = tuple(int(p) for p in text.split('.'))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __repr__(self): return 'V' + '.'.join(map(str, self.parts))
vs = [Version(v) for v in ['1.10', '1.2', '1.2.1', '0.9']]
print(sorted(vs), max(vs), Version('1.2') >= Version('1.2'), Version('2') <= Version('1.9'))
print(sorted(['b10', 'a2', 'b9'], key=functools.cmp_to_key(lambda x, y: (x[1:] > y[1:]) - (x[1:] < y[1:]))))
print(sorted(n for n in functools.__all__))
