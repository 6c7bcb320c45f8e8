# namedtuple errors: field names, arguments, _make and _replace.
from collections import namedtuple
bad = [('Bad', 'a class'), ('Bad', 'a _b'), ('Bad', 'a a'), ('Bad', 'a 1b'), ('def', 'a'),
       ('Bad Name', 'a'), ('Ok', ['a', 'for'])]
for name, fields in bad:
    try:
        namedtuple(name, fields)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    namedtuple('T', 'a', defaults=[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
P = namedtuple('P', 'x y z', defaults=[0])
for args, kw in [((1,), {}), ((), {}), ((1, 2, 3, 4), {}), ((1, 2), {'w': 1}), ((1, 2), {'x': 1})]:
    try:
        P(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    P._make([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    P(1, 2)._replace(q=1, r=2)
except ValueError as e:
    print(type(e).__name__, e)
Q = namedtuple('Q', 'a')
Q()
