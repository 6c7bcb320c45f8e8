def leaf(tag):
    try:
        got = yield tag + ':1'
        print('leaf got', got)
        got = yield tag + ':2'
        print('leaf got', got)
    except KeyError as e:
        print('leaf caught', e)
        yield 'recovered'
    finally:
        print('leaf finally', tag)
    return tag + ':done'
def middle():
    r = yield from leaf('a')
    print('middle got return', r)
    try:
        yield from leaf('b')
    except ValueError as e:
        print('middle caught', e)
    return 'middle:done'
def top():
    r = yield from middle()
    print('top got return', r)
    yield 'last'
print(list(top()))
g = top()
print(next(g), g.send('x'), g.send('y'))
print(g.throw(KeyError('k')))
print(next(g))
try:
    g.throw(ValueError('v'))
except StopIteration as e:
    print('stop', e.value)
except ValueError as e:
    print('ValueError escaped', e)
def raising():
    yield 1
    raise StopIteration('inner')
def wrapper():
    yield from raising()
w = wrapper()
print(next(w))
try:
    next(w)
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def fails():
    yield 1
    1 / 0
def outer():
    try:
        yield from fails()
    except ZeroDivisionError:
        yield 'handled in outer'
print(list(outer()))
c = top()
next(c)
c.close()
print('closed')
