# copy.copy: containers copied one level, immutables returned as they are.
import copy
inner = [1, 2]
for obj in [[inner, 3], {'k': inner}, {inner[0], 5}, (inner, 4), frozenset({1}), 'text', 42, 2.5, None, True,
            range(3), slice(1, 2), len, copy.copy, int, Ellipsis]:
    c = copy.copy(obj)
    same = c is obj
    equal = c == obj
    print(type(obj).__name__, same, equal)
lst = [inner, [3]]
c = copy.copy(lst)
c.append(9)
c[0].append(99)
print(lst, c, c[0] is lst[0])
d = {'a': [1], 'b': 2}
cd = copy.copy(d)
cd['c'] = 3
cd['a'].append(4)
print(d, cd)
s = {1, 2}
cs = copy.copy(s)
cs.add(3)
print(sorted(s), sorted(cs))
class Point:
    def __init__(self, x, tags): self.x, self.tags = x, tags
p = Point(1, ['a'])
q = copy.copy(p)
q.x = 2
q.tags.append('b')
print(type(q).__name__, p.x, q.x, p.tags, q.tags is p.tags, vars(q))
class Empty:
    pass
e = copy.copy(Empty())
print(type(e).__name__, vars(e))
print(copy.copy(Point).__name__, copy.copy(print) is print)
