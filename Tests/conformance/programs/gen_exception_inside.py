def fails_at(n):
    for i in range(5):
        if i == n:
            raise ValueError('failed at %d' % i)
        yield i

g = fails_at(2)
print(next(g), next(g))
try:
    next(g)
except ValueError as e:
    print('ValueError', e)
print(next(g, 'generator is finished after raising'))
try:
    print(list(fails_at(3)))
except ValueError as e:
    print('list():', e)
def stop_inside():
    yield 1
    raise StopIteration('explicit')
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError', e, '| cause:', repr(e.__cause__))
def catches():
    try:
        yield 1
        1 / 0
    except ZeroDivisionError:
        yield 'caught inside'
print(list(catches()))
for x in fails_at(1):
    print('loop got', x)
