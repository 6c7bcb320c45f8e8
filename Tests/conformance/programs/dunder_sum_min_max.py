class Money:
    def __init__(self, c):
        self.c = c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __lt__(self, o):
        return self.c < o.c
    def __repr__(self):
        return 'Money(%d)' % self.c

ms = [Money(5), Money(1), Money(9)]
print(sum(ms), sum(ms, Money(100)), sum([]))
print(min(ms), max(ms), sorted(ms))
print(min(ms, key=lambda m: -m.c), max(Money(1), Money(2)))
print(max([], default='empty'))
try:
    sum(ms, 5)
except TypeError as e:
    print('TypeError', e)
try:
    sum([Money(1), 'x'])
except TypeError as e:
    print('TypeError', e)
class NoLt:
    pass
try:
    max([NoLt(), NoLt()])
except TypeError as e:
    print('TypeError', e)
sorted([NoLt(), NoLt()])
