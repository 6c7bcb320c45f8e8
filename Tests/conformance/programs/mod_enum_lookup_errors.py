# Lookup by value and by name, and the errors when there is no such member.
from enum import Enum


class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3
    LINE = 'line'


print(Shape(4), Shape(3), Shape('line'), Shape['SQUARE'])
print(Shape(Shape.SQUARE))
for bad in (5, '4', None, 4.5, (4,)):
    try:
        Shape(bad)
    except ValueError as e:
        print('ValueError', e)
for bad in ('square', 'CIRCLE', ''):
    try:
        Shape[bad]
    except KeyError as e:
        print('KeyError', e)
try:
    Shape.CIRCLE
except AttributeError as e:
    print('AttributeError', e)
try:
    Shape([1])
except ValueError as e:
    print('ValueError', e)
print(Shape(4.0), Shape(True + 2))
