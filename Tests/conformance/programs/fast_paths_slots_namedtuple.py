# Cached attribute access: __slots__ fields and namedtuple fields (read from the tuple)
from collections import namedtuple
class Node:
    __slots__ = ('key', 'left')
    def __init__(self, key):
        self.key = key
class Sub(Node):
    kind = 'sub'
def walk(nodes):
    out = []
    for n in nodes:
        try:
            out.append((n.key, n.left))
        except AttributeError as e:
            out.append(str(e))
        n.key = n.key * 2
    return out
a, b, c = Node(1), Sub(2), Node(3)
b.left = a
print(walk([a, b, c, b, a]), b.kind, b.__dict__)
P = namedtuple('P', 'x y', defaults=[0])
class Q(P):
    def __getitem__(self, i):
        return 'item%d' % i
def fields(ps):
    return [(p.x, p.y) for p in ps]
print(fields([P(1, 2), P(3), Q(4, 5), P(y=6, x=7)]), P(8, 9)._replace(y=1), P._make([1, 2]))
for bad in [lambda: P(), lambda: P(1, 2, 3), lambda: P(1, z=2), lambda: P(1, x=2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
p = P(1, 2)
for f in (lambda: setattr(p, 'x', 5), lambda: delattr(p, 'y'), lambda: setattr(p, 'z', 1), lambda: P.x.__get__(3)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(P.x.__get__(p), P.y.__doc__, getattr(p, 'y'), Q(7, 8).y)
