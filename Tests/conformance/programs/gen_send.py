def accumulator():
    total = 0
    while True:
        value = yield total
        print('received', value)
        if value is None:
            break
        total += value
    return total

a = accumulator()
print(a.send(None))
print(a.send(5))
print(a.send(10))
try:
    a.send(None)
except StopIteration as e:
    print('StopIteration value', e.value, e.args)
g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print('TypeError', e)
def echo():
    received = yield 'first'
    while True:
        received = yield 'got %r' % (received,)
e = echo()
print(next(e), e.send('a'), e.send([1]), next(e))
a.send(1)
