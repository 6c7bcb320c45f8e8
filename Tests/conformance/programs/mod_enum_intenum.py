# IntEnum: members are ints (str and format give the number), ordered and usable in arithmetic.
from enum import IntEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = auto()
    HIGH = 5


print(repr(Priority.LOW), str(Priority.LOW), f"{Priority.HIGH}", format(Priority.MEDIUM, '03d'))
print(Priority.LOW + 1, Priority.HIGH * 2, Priority.HIGH // 2, -Priority.LOW)
print(Priority.LOW < Priority.HIGH, Priority.MEDIUM == 2, 2 == Priority.MEDIUM, Priority.HIGH > 4)
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]))
print(Priority(2), Priority(5) is Priority.HIGH, isinstance(Priority.LOW, int))
print(hash(Priority.LOW) == hash(1), {1: 'one'}[Priority.LOW], [10, 20, 30][Priority.LOW])
print(int(Priority.HIGH), float(Priority.LOW), bool(Priority.LOW), Priority.HIGH.value)
print('%d %s %r' % (Priority.HIGH, Priority.HIGH, Priority.HIGH))
print(list(Priority), max(Priority), sum(Priority))
print(Priority.LOW.name, type(Priority.LOW.value).__name__, Priority.LOW.bit_length())
try:
    Priority(3)
except ValueError as e:
    print('ValueError', e)
try:
    class Bad(IntEnum):
        X = 'not a number'
except ValueError as e:
    print('ValueError', e)
print(Priority('5' == '5'))
