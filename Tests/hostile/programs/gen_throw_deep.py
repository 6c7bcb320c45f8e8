def g(n):
    if n:
        yield from g(n - 1)
    else:
        yield 1
it = g(900)
next(it)
try:
    it.throw(ValueError('x'))
except ValueError as e:
    print('caught', e)
