# UserDict, UserList, UserString wrappers.
from collections import UserDict, UserList, UserString
class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, d['a'], len(d), 'b' in d, d.get('z', 0), sorted(d.items()))
print(d == {'a': 1, 'b': 2, 'c': 3}, d.pop('a'), d.setdefault('q', 7), d)
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack([1, 2])
s.push(3)
print(s, s.pop(), s + [9], s[0], s[:1], type(s[:1]).__name__, len(s), s == [1, 2])
s.extend([5, 4])
s.sort()
print(s, s.index(4), s.count(1))
u = UserString('Hello')
print(u, repr(u), u.upper(), len(u), u[1:3], 'ell' in u, u + '!', u == 'Hello')
