# Callable, Generator, Iterator, Iterable on functions, classes, generators and custom types.
from collections.abc import Callable, Generator, Iterator, Iterable, Hashable, Sized
def f():
    pass
def gen():
    yield 1
class K:
    pass
class WithCall:
    def __call__(self, x):
        return x
things = [f, gen, gen(), K, K(), WithCall(), lambda: 0, print, len, [].append, 'str', iter('ab'), (x for x in ())]
for t in things:
    print(type(t).__name__, isinstance(t, Callable), isinstance(t, Generator), isinstance(t, Iterator),
          isinstance(t, Iterable), isinstance(t, Hashable))
class Countdown(Generator):
    def __init__(self, n):
        self.n = n
    def send(self, value):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
    def throw(self, typ, val=None, tb=None):
        raise typ
c = Countdown(3)
print(list(c), isinstance(c, Iterator), next(iter(Countdown(1))))
c2 = Countdown(5)
print(next(c2), c2.close(), issubclass(Countdown, Iterable))
