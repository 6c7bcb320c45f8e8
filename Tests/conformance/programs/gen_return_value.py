def g():
    yield 1
    return 'result'

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print('again:', repr(e), e.value)
def none_return():
    yield 1
n = none_return()
next(n)
try:
    next(n)
except StopIteration as e:
    print(repr(e), e.value)
def tuple_return():
    yield
    return (1, 2)
t = tuple_return()
next(t)
try:
    next(t)
except StopIteration as e:
    print(e.value, e.args)
print(list(g()))
z = g()
next(z)
next(z)
