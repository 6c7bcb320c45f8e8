def selfref():
    yield next(me)

me = selfref()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
print(next(me, 'finished after error'))
def sender():
    yield gen2.send(None)
gen2 = sender()
try:
    next(gen2)
except ValueError as e:
    print('ValueError', e)
def g():
    yield 1
x = g()
print(x.gi_running, next(x), x.gi_running)
def checker():
    yield c.gi_running
c = checker()
print(next(c))
def again():
    yield list(a)
a = again()
next(a)
