# Subclassing deque: extra methods, overriding append, maxlen kept.
from collections import deque
class History(deque):
    def __init__(self, items=(), size=3):
        super().__init__(items, maxlen=size)
    def last(self, n):
        return list(self)[-n:]
h = History(size=3)
for cmd in ['ls', 'cd', 'pwd', 'echo', 'cat']:
    h.append(cmd)
print(h, h.last(2), h.maxlen, len(h))
class Logged(deque):
    def append(self, x):
        print('append', x)
        super().append(x)
l = Logged([1])
l.append(2)
l.appendleft(0)
print(l, list(l), l.popleft(), l.pop(), l)
print(isinstance(l, deque), type(l.copy()).__name__, l == deque([1]))
class Stack(deque):
    push = deque.append
s = Stack()
s.push(1)
s.push(2)
print(s, s.pop(), s[-1] if s else None)
