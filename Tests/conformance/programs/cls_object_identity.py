class Node:
    def __init__(self, v):
        self.v = v

a = Node(1)
b = Node(1)
c = a
print(a is b, a is c, a is not b, a == b, a == c, a != b)
items = [a, b, c]
print(items.count(a), items.index(b), a in items, Node(1) in items)
d = {a: 'a', b: 'b'}
print(d[a], d[b], d[c], len(d))
print(hash(a) == hash(c), hash(a) == hash(a))
o = object()
p = object()
print(o is p, o == p, o != p, o == o)
print(type(o), object().__class__)
try:
    o.x = 1
except AttributeError as e:
    print('AttributeError', e)
try:
    a < b
except TypeError as e:
    print('TypeError', e)
print(bool(a), bool(o), not a)
print(sorted([3, 1, 2], key=lambda n: Node(n).v))
