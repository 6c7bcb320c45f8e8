# make_dataclass: field specs, namespace, options, and its errors.
import dataclasses
from dataclasses import make_dataclass, field, fields
P = make_dataclass('P', [('x', int)], namespace={'double': lambda self: self.x * 2})
print(P.__module__, P, P(2).double(), P(1), P.__doc__)
Q = make_dataclass('Q', ['a', ('b', int, field(default=3))], frozen=True)
print(Q(1), hash(Q(1)) == hash((1, 3)), [f.name for f in fields(Q)], fields(Q)[0].type)
R = make_dataclass('R', [('v', list, field(default_factory=list))], bases=(P,), order=True)
print(R(1), R(1) < R(2), isinstance(R(0), P))
for spec in ([('x', int), ('x', str)], [('1x', int)], [('a', int, field(), 'extra')]):
    try:
        make_dataclass('Bad', spec)
    except TypeError as e:
        print(type(e).__name__, e)
