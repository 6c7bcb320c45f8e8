# OrderedDict equality, update order, deletion and reinsertion, dict interplay.
from collections import OrderedDict
a = OrderedDict([('x', 1), ('y', 2)])
b = OrderedDict([('y', 2), ('x', 1)])
d = {'y': 2, 'x': 1}
print(a == b, a == d, d == a, b == d, a != b, a != d)
a['x'] = 10
print(a, list(a))
del a['x']
a['x'] = 1
print(a, a == b)
a.update([('z', 3)], w=4)
print(a)
print(a.pop('y'), a, a.pop('nope', None))
print(list(a.keys()), list(a.values()), list(a.items()))
print(OrderedDict(sorted({'b': 2, 'a': 1, 'c': 3}.items())))
od = OrderedDict.fromkeys('abcde')
od.move_to_end('b')
od.move_to_end('d', last=False)
print(''.join(od), len(od), 'a' in od)
print(od.popitem()[0], od.popitem(False)[0], ''.join(od))
n = OrderedDict(a=OrderedDict(b=1))
print(n, n['a']['b'])
print(isinstance(od, dict), type(od | {'q': 1}).__name__)
