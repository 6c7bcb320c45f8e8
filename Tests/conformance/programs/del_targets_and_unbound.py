def attempt(fn):
    try: return fn()
    except NameError as e: return '%s: %s' % (type(e).__name__, e)
a = list(range(10))
del a[1:3], a[::3]
print(a)
b, c, d = 1, 2, 3
del (b, [c, d])
print(attempt(lambda: b), attempt(lambda: d), attempt(lambda: a[0]))
class Slot: pass
s = Slot()
s.x, s.y, s.items = 1, 2, {'k': [1, 2, 3]}
del s.items['k'][0], s.x
print(vars(s))
def local_del():
    v = 'value'
    del v
    return v
def closure_del():
    cell = 'cell'
    def read():
        return cell
    del cell
    return read()
g = 'global'
def del_global_undeclared():
    del g
def del_nonlocal():
    n = 1
    def inner():
        nonlocal n
        del n
    inner()
    return n
for fn in (local_del, closure_del, del_global_undeclared, del_nonlocal):
    print(attempt(fn))
print(g)
for counter_var in range(2): pass
del counter_var
del counter_var
