# Formerly unsupported_generator_function.py.
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(4)))
g = gen(3)
print(type(g).__name__, g.__name__, g.__qualname__)
print(next(g), next(g), next(g))
print(next(g, 'exhausted'))
print(list(g), list(gen(0)))
print(iter(g) is g, sum(gen(5)), max(gen(4)))
def empty():
    return
    yield
print(list(empty()), type(empty()).__name__)
def lazy():
    print('started')
    yield 1
    print('resumed')
    yield 2
    print('finishing')
l = lazy()
print('created')
print(next(l))
print(next(l))
print(next(l, 'done'))
print(repr(gen(1)).startswith('<generator object gen at 0x'))
print(gen(1))
next(g)
