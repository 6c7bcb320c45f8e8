# A user __new__ builds members and sets _value_; extra attributes live on the member.
from enum import Enum

class Coordinate(int, Enum):
    def __new__(cls, value, label, unit):
        obj = int.__new__(cls, value * 10)
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')

print(repr(Coordinate.PX), Coordinate(1), Coordinate.PY.label, Coordinate.PX.unit)
print(int(Coordinate.PY), Coordinate.PY + 1, str(Coordinate.PY), Coordinate.PY.value)

class Weekday(Enum):
    def __new__(cls, number, short):
        obj = object.__new__(cls)
        obj._value_ = number
        obj.short = short
        return obj
    MONDAY = (1, 'Mon')
    TUESDAY = (2, 'Tue')

print(repr(Weekday.MONDAY), Weekday(2), Weekday.TUESDAY.short, [d.short for d in Weekday])
try:
    Weekday((1, 'Mon'))
except ValueError as e:
    print('ValueError', e)
