def g():
    x = (yield 1) + (yield 2)
    print('x =', x)
    z = yield
    print('z =', z)
    yield x, z

it = g()
print(next(it))
print(it.send(10))
print(it.send(20))
print(it.send('zz'))
def conditional(flag):
    if flag:
        yield 'flag'
    yield 'always'
print(list(conditional(True)), list(conditional(False)))
def yield_in_loop_else():
    for i in range(2):
        yield i
    else:
        yield 'else'
    while False:
        yield 'never'
    else:
        yield 'while-else'
print(list(yield_in_loop_else()))
def lam():
    f = lambda: (yield 5)
    return f
print(list(lam()()))
