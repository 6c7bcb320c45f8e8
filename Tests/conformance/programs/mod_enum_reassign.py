# Members cannot be rebound or deleted; other class attributes can.
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    def label(self):
        return self.name.lower()


for action in ('set', 'del', 'setvalue'):
    try:
        if action == 'set':
            Color.RED = 5
        elif action == 'del':
            del Color.GREEN
        else:
            setattr(Color, 'GREEN', Color.RED)
    except AttributeError as e:
        print('AttributeError', e)
print(Color.RED, Color.GREEN.value, list(Color))
Color.extra = 'fine'
print(Color.extra)
del Color.extra
print(hasattr(Color, 'extra'))
for target in ('value', 'name'):
    try:
        setattr(Color.RED, target, 10)
    except AttributeError as e:
        print('AttributeError', e)
try:
    del Color.RED.name
except AttributeError as e:
    print('AttributeError', e)
print(Color.RED.value, Color.RED.label())
try:
    del Color.missing
except AttributeError as e:
    print('AttributeError', e)
