# functools.partial: frozen arguments, keyword merging, nesting, attributes.
from functools import partial
def f(a, b, c=0, *rest, **kw):
    return a, b, c, rest, kw
p = partial(f, 1)
print(p(2), p(2, 3, 4, x=5), p.func is f, p.args, p.keywords)
q = partial(f, 1, c=9)
print(q(2), q(2, c=3), q(b=7))
basetwo = partial(int, base=2)
print(basetwo('10010'), basetwo('11', base=10), basetwo.keywords)
nested = partial(partial(f, 1, x=1), 2, y=2)
print(nested.func is f, nested.args, nested.keywords, nested(3))
print(partial(max)(3, 1, 2), partial(sorted, key=len)(['ccc', 'a', 'bb']), list(map(partial(pow, 2), range(5))))
mutable = {'z': 0}
pz = partial(f, **mutable)
mutable['z'] = 1
print(pz(1, 2), pz.keywords)
p.extra = 'attr'
print(p.extra, p.__dict__)
with_dict = partial(p, 5)
print(with_dict.func is p, with_dict.args)
for name in ['func', 'args', 'keywords']:
    try:
        setattr(p, name, None)
    except AttributeError as e:
        print(name, e)
for call in [lambda: partial(), lambda: partial(1), lambda: partial(func=f), lambda: p()]:
    try:
        call()
    except TypeError as e:
        print(e)
class Cls:
    method = partial(f, 'bound?')
print(Cls().method(2)[:2])
print(type(p).__name__, type(p).__module__, callable(p), isinstance(p, partial))
