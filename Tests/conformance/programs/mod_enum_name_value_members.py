# Members may be called `name` or `value`; the attributes of a member stay read-only.
from enum import Enum

class Field(Enum):
    name = 1
    value = 2
    other = 3

print(Field.name, Field.value, Field.other.name, Field.name.name, Field.value.value)
print(Field['name'], Field(2), list(Field), Field.name.value, repr(Field.value))
print(Field.other.value, Field.__members__)
for attr in ('name', 'value'):
    try:
        setattr(Field.other, attr, 'x')
    except AttributeError as e:
        print('AttributeError', e)
try:
    del Field.other.value
except AttributeError as e:
    print('AttributeError', e)

class Plain(Enum):
    A = 1

for attr in ('name', 'value', 'missing'):
    try:
        print(getattr(Plain, attr))
    except AttributeError as e:
        print('AttributeError', e)
print(hasattr(Plain, 'name'), hasattr(Plain.A, 'name'))
