# __members__: a read-only name -> member mapping including aliases, in definition order.
from enum import Enum

class Fruit(Enum):
    APPLE = 1
    PEAR = 2
    POMME = 1

members = Fruit.__members__
print(members)
print(len(members), list(members), list(members.values()))
print(members['POMME'], 'PEAR' in members, 'KIWI' in members, members.get('KIWI', 'none'))
for name, member in members.items():
    print(name, member.name, member is Fruit[name])
print(dict(members) == {'APPLE': Fruit.APPLE, 'PEAR': Fruit.PEAR, 'POMME': Fruit.APPLE})
try:
    members['KIWI'] = 3
except TypeError as e:
    print('TypeError', e)
try:
    members['KIWI']
except KeyError as e:
    print('KeyError', e)
print(sorted(members), [n for n in members if Fruit[n].name != n])
