def tryit(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
def g(n):
    yield from range(n)
def u1(src):
    a, b = src
    return a, b
def u2(src):
    a, *b, c = src
    return a, b, c
def u3(src):
    (a, b), [c, *d] = src
    return a, b, c, d
tryit('int', lambda: u1(5))
tryit('none', lambda: u2(None))
tryit('gen long', lambda: u1(g(4)))
tryit('gen short', lambda: u1(g(1)))
tryit('dict', lambda: u1({'x': 1, 'y': 2}))
tryit('str', lambda: u2('ab'))
tryit('star short', lambda: u2([1]))
tryit('star ok', lambda: u2(range(2)))
tryit('nested inner', lambda: u3([(1, 2, 3), []]))
tryit('nested star', lambda: u3([(1, 2), 'x']))
tryit('nested short', lambda: u3([(1, 2), []]))
tryit('nested nonseq', lambda: u3([1, [2]]))
tryit('set', lambda: sorted(u2({3, 1, 2})[1]))
class Two:
    def __iter__(self):
        yield 'p'
        yield 'q'
        raise ValueError('iter blew up')
tryit('user iter', lambda: u1(Two()))
tryit('user iter star', lambda: u2(Two()))
for i, (a, *rest) in enumerate([[1, 2], 'xyz', (9,), []]):
    print(i, a, rest)
