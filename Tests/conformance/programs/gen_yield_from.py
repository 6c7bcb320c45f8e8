# Formerly unsupported_yield_from.py.
def outer():
    yield from [1, 2]
print(list(outer()))
def inner():
    yield 'a'
    yield 'b'
    return 'inner result'
def delegator():
    result = yield from inner()
    print('inner returned', result)
    yield from range(2)
    yield from 'xy'
    r2 = yield from ()
    print('empty returned', r2)
    return 'delegator done'
print(list(delegator()))
d = delegator()
while True:
    try:
        print('next ->', next(d))
    except StopIteration as e:
        print('stop', e.value)
        break
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def bad():
    yield from 5
list(bad())
