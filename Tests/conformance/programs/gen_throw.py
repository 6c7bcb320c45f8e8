def worker():
    print('start')
    while True:
        try:
            x = yield 'ready'
            print('got', x)
        except ValueError as e:
            print('handled', repr(e))
            yield 'recovered'
        except KeyError:
            print('keyerror -> stop')
            return 'stopped by KeyError'

w = worker()
print(next(w))
print(w.throw(ValueError('bad value')))
print(next(w))
print(w.send(1))
try:
    w.throw(KeyError('k'))
except StopIteration as e:
    print('StopIteration', e.value)
fresh = worker()
try:
    fresh.throw(ValueError('before start'))
except ValueError as e:
    print('not started: propagated', e)
print(next(fresh, 'fresh is finished'))
w2 = worker()
next(w2)
w2.throw(TypeError, 'unhandled type error')
