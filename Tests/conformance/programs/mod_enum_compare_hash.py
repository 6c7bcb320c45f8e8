# Enum members compare by identity, are hashable and are not ordered.
from enum import Enum


class Level(Enum):
    LOW = 1
    MID = 2
    HIGH = 3


print(Level.LOW == Level.LOW, Level.LOW == Level.MID, Level.LOW != Level.HIGH)
print(Level.LOW == 1, 1 == Level.LOW, Level.LOW is not None)
for op in ('<', '<=', '>', '>='):
    try:
        if op == '<':
            Level.LOW < Level.MID
        elif op == '<=':
            Level.LOW <= 3
        elif op == '>':
            Level.HIGH > Level.MID
        else:
            Level.HIGH >= 'x'
    except TypeError as e:
        print('TypeError', e)
print(sorted(Level, key=lambda m: -m.value))
print(max(Level, key=lambda m: m.value), min(Level, key=lambda m: m.name))
seen = {Level.LOW, Level.HIGH, Level.LOW}
print(len(seen), Level.LOW in seen, Level.MID in seen)
counts = {}
for m in [Level.LOW, Level.HIGH, Level.LOW]:
    counts[m] = counts.get(m, 0) + 1
print(counts)
try:
    sorted([Level.HIGH, Level.LOW])
except TypeError as e:
    print('TypeError', e)
