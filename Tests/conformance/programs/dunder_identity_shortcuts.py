class Never:
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        print('eq', self.tag)
        return False
    __hash__ = object.__hash__
    def __repr__(self):
        return 'Never(%s)' % self.tag
a, b = Never('a'), Never('b')
print(a == a, a != a)
print(a in [a], a in (b, a), [a] == [a], (a,) == (a,))
print([b, a].count(a), [b, a].index(a))
lst = [b, a]
lst.remove(a)
print(lst)
print({a: 1}[a], a in {a}, a in {a: 0})
nan = float('nan')
print(nan == nan, nan in [nan], [nan] == [nan], (nan,) == (nan,))
print([a] != [a], [a, 1] < [a, 2])
class Loud:
    def __eq__(self, other):
        print('Loud.eq')
        return NotImplemented
x, y = Loud(), Loud()
print(x == x, x == y, x != y, x in [y])
class Weird:
    def __eq__(self, other):
        return []
    def __ne__(self, other):
        return [0]
w = Weird()
print(w == 1, w != 1, [w] == [1], w in [1], not (w == 1))
