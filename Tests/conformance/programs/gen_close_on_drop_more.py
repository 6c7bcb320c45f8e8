class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None)
        return False
def with_gen(name):
    with Res(name):
        yield 1
        yield 2
def except_gen():
    try:
        yield 'x'
    except GeneratorExit:
        print('saw GeneratorExit')
        raise
def no_handler():
    yield 1
    print('never')
g = with_gen('a')
next(g)
g = with_gen('b')
next(g)
print('rebound')
e = except_gen()
next(e)
del e
print('deleted')
n = no_handler()
next(n)
n = None
print('plain generator dropped silently')
def use():
    local = with_gen('local')
    return next(local)
print('use returned', use())
for k in range(3):
    it = with_gen('loop%d' % k)
    next(it)
print('loop done')
def outer():
    yield from with_gen('inner')
o = outer()
next(o)
o = None
print('end')
