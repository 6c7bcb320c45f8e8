# deepcopy of cycles and shared objects; the memo dict.
import copy
a = [1]
a.append(a)
b = copy.deepcopy(a)
print(b[1] is b, b is not a, len(b))
d = {'self': None}
d['self'] = d
dd = copy.deepcopy(d)
print(dd['self'] is dd, dd is not d)
class Node:
    def __init__(self, name): self.name, self.next = name, None
x, y = Node('x'), Node('y')
x.next, y.next = y, x
cx = copy.deepcopy(x)
print(cx.name, cx.next.name, cx.next.next is cx, cx is not x)
t = ([],)
t[0].append(t)
ct = copy.deepcopy(t)
print(ct[0][0] is ct, ct is not t)
memo = {}
shared = [1, 2]
first = copy.deepcopy(shared, memo)
second = copy.deepcopy([shared], memo)
print(second[0] is first, any(v is first for v in memo.values()), len(memo))
keep = [v for v in memo.values() if isinstance(v, list) and v and v[0] is shared]
print(len(keep), keep[0][0] is shared)
g = [[0] * 2] * 2
cg = copy.deepcopy(g)
cg[0][0] = 5
print(cg, g)
print(copy.deepcopy([1, 2], None), copy.deepcopy('x', {}))
