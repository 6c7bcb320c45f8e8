# functools.singledispatchmethod and functools.partialmethod.
from functools import singledispatchmethod, partialmethod, partial
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f'default {arg!r}'
    @fmt.register
    def _(self, arg: int):
        return f'int {arg:03d}'
    @fmt.register(list)
    def _(self, arg):
        return 'list ' + ','.join(self.fmt(x) for x in arg)
f = Formatter()
print(f.fmt(7), f.fmt('s'), f.fmt([1, 'a']), f.fmt(True), Formatter.fmt.__name__)
for bad in [singledispatchmethod, partialmethod]:
    try:
        bad(1)
    except TypeError as e:
        print(e)
class Cell:
    def __init__(self): self.state = None
    def set_state(self, state, note=''):
        self.state = (state, note)
        return self
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='gone')
c = Cell()
print(c.set_alive().state, c.set_dead().state, c.set_alive(note='yes').state)
print(type(Cell.__dict__['set_alive']).__name__, Cell.__dict__['set_dead'].args, Cell.__dict__['set_dead'].keywords)
print(repr(Cell.__dict__['set_dead']).split(' at ')[0])
pm = partialmethod(partialmethod(Cell.set_state, 1), note='n')
print(pm.args, pm.keywords, pm.func is Cell.set_state)
class Holder:
    double = partialmethod(lambda self, x, k: (x, k), k=2)
print(Holder().double(5), Holder.double(Holder(), 6)[1])
class WithPartial:
    p = partialmethod(partial(lambda *a: a, 'pre'))
print(WithPartial().p('arg')[0])
