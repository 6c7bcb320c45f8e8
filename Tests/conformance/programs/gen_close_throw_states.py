def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('caught GeneratorExit')
        yield 'still here'
def polite():
    try:
        yield 1
        yield 2
    finally:
        print('polite cleanup')
def returner():
    try:
        yield 1
    except GeneratorExit:
        return 'ignored value'
g = polite()
g.close()
print('unstarted close ok', g.gi_frame)
try:
    g = polite()
    g.throw(ValueError('into unstarted'))
except ValueError as e:
    print('ValueError', e, g.gi_frame)
g = polite()
next(g)
try:
    g.throw(KeyError, 'k')
except KeyError as e:
    print('KeyError', e)
print(next(g, 'finished'), g.close(), g.gi_frame)
r = returner()
next(r)
print('close returns', r.close())
print(next(r, 'exhausted after close'))
s = stubborn()
next(s)
s.close()
