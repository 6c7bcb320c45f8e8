class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]
class Logged(list):
    def append(self, x):
        print('append', x)
        super().append(x)
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return ('item', r) if isinstance(i, int) else r
    def __len__(self):
        return super().__len__() * 10
s = Stack([1, 2]).push(3).push(4)
print(s, s.peek(), len(s), sum(s), sorted(s, reverse=True), 3 in s, s == [1, 2, 3, 4], s != [1])
print(s[1:3], type(s[1:3]).__name__, s * 2, s + [5], type(s + [5]).__name__, list(s), tuple(s))
s += [9]
print(s, type(s).__name__, s.pop(), s.index(2), s.count(1))
s.extend(range(2)); s.sort(); s.reverse(); print(s, [x for x in s], isinstance(s, list), issubclass(Stack, list))
l = Logged([5, 6])
l.append(7)
print(l[0], l[0:2], len(l), list(l), l, bool(Logged()), [l, s])
for i, x in enumerate(Logged('ab')):
    print(i, x)
print(Stack.__mro__, Stack().__class__.__name__, repr(Stack()))
try:
    hash(s)
except TypeError as e:
    print('TypeError', e)
try:
    Stack(1, 2)
except TypeError as e:
    print('TypeError', e)
