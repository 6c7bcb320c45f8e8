# prod: start as keyword only, any types that multiply, items consumed one at a time.
import math
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod([1, 2], start=10), math.prod(range(1, 21)))
print(math.prod([1, 2.5, 3]), math.prod([2, 3], start=1.5), math.prod(iter([10**20, 10**20])), math.prod([True, True]))
print(math.prod([[1], 2], start=1), math.prod(['ab', 3]), math.prod([], start='x'), math.prod([3], start='ab'), math.prod((2, -0.0)))
print(math.prod([2**62, 4, 0.5]), math.prod([10**10] * 5), math.prod([1e200, 1e200]), math.prod([1e200, 1e200, 0]), math.prod([-1] * 7))
print(math.prod(x / 2 for x in range(1, 6)), math.prod({3: 'a', 4: 'b'}), math.prod('') , math.prod([True, 5], start=True))
class V:
    def __init__(self, v): self.v = v
    def __mul__(self, o): return V(self.v * (o.v if isinstance(o, V) else o))
    def __rmul__(self, o): return V(o * self.v)
    def __repr__(self): return f'V({self.v})'
print(math.prod([V(2), V(3)]), math.prod([2, V(5)]), math.prod([V(2), 3], start=V(7)))
def gen():
    yield 2
    print('between')
    yield 'x'
    yield 'y'
for bad in [lambda: math.prod(), lambda: math.prod(1), lambda: math.prod([1], 2), lambda: math.prod([1], start=1, x=2),
            lambda: math.prod([1], x=2), lambda: math.prod(start=2), lambda: math.prod([1], 2, 3), lambda: math.prod(gen()),
            lambda: math.prod([None, 1]), lambda: math.prod(['a', 'b']), lambda: math.prod(iterable=[1])]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
math.prod([1, 2], [3])
