# OrderedDict: move_to_end, popitem(last=), repr, order-sensitive ==.
from collections import OrderedDict
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(od.items()))
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
x = OrderedDict(a=1, b=2)
y = OrderedDict(b=2, a=1)
print(x == y, x == dict(y), dict(x) == y, x != y)
print(OrderedDict(), repr(OrderedDict([(1, 'one')])))
print(OrderedDict.fromkeys('abc', 0), OrderedDict.fromkeys('xy'))
z = x.copy()
z['c'] = 3
print(x, z, type(z).__name__)
print(z.setdefault('d', 4), z.setdefault('a', 9), z)
print(x | {'q': 1}, list(reversed(z)))
try:
    od.move_to_end('nope')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
