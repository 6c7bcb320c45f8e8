# NamedTuple errors: constructor arguments, field order, reserved names, immutability.
from typing import NamedTuple

class Point(NamedTuple):
    x: int
    y: int = 0

class Three(NamedTuple):
    a: int
    b: int
    c: int

calls = [lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: Point(),
         lambda: Three(), lambda: Three(1), lambda: Three(1, 2, 3, 4), lambda: Point._make([1]),
         lambda: Point(1)._replace(z=1)]
for c in calls:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p = Point(1)
for action in ('set', 'del', 'new'):
    try:
        if action == 'set':
            p.x = 5
        elif action == 'del':
            del p.y
        else:
            p.z = 1
    except AttributeError as e:
        print('AttributeError', e)
try:
    class Bad(NamedTuple):
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError', e)
print(p)
