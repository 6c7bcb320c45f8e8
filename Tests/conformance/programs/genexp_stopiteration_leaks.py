def first(it):
    return next(it)
def take_until_empty(its):
    return [first(it) for it in its]
def gen_version(its):
    return list(first(it) for it in its)
try:
    print(take_until_empty([iter([1]), iter([])]))
except StopIteration as e:
    print('listcomp leaks StopIteration', repr(e))
try:
    print(gen_version([iter([1]), iter([])]))
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__, e.__cause__ is e.__context__)
def explicit():
    yield 1
    raise StopIteration('manual')
try:
    list(explicit())
except RuntimeError as e:
    print('RuntimeError', e, repr(e.__cause__))
def returns():
    yield 1
    return 'done'
g = returns(); next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value, e.args)
def delegate():
    result = yield from returns()
    yield 'got ' + result
print(list(delegate()))
m = map(first, [iter([1]), iter([])])
try: print(next(m), next(m, 'default from next'))
except StopIteration: print('map leaked StopIteration')
print(sum(x for x in (y * 2 for y in range(3))))
gen = (first(it) for it in [iter([])])
next(gen)
