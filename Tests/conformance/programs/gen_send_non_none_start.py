def g():
    x = yield 'started'
    yield 'got ' + str(x)

a = g()
try:
    a.send('too early')
except TypeError as e:
    print('TypeError', e)
print(a.send(None))
print(a.send(42))
try:
    a.send(1)
except StopIteration as e:
    print('StopIteration', repr(e))
print(a.send(None) if False else 'done')
b = g()
next(b)
next(b)
next(b)
