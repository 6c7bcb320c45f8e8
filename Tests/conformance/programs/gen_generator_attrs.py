def worker(n):
    yield n
    yield n + 1

g = worker(5)
print(g.__name__, g.__qualname__, g.gi_running)
next(g)
print(g.gi_running, list(g), list(g))
g.__name__ = 'renamed'
print(g.__name__)
print(type(g).__name__, hasattr(g, 'send'), hasattr(g, '__next__'), hasattr(g, 'throw'))
class K:
    def m(self):
        yield 1
print(K().m().__qualname__)
def outer():
    def inner():
        yield 1
    return inner()
print(outer().__qualname__, outer().__name__)
print(type(worker).__name__, type(worker(1)).__name__, worker.__name__)
print(isinstance(worker(1), type(outer())), callable(worker(1)))
