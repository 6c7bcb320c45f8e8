def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit caught, cleaning up')
        raise
    finally:
        print('finally runs')

x = g()
print(next(x))
print(x.close(), x.close())
print(next(x, 'closed'))
y = g()
y.close()
print('closing unstarted runs nothing')
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
print(next(s, 'stubborn finished'))
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
r = returns_on_close()
next(r)
print(r.close())
