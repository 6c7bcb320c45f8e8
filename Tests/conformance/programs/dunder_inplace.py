class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print('__iadd__')
        self.v += o
        return self
    def __add__(self, o):
        print('__add__')
        return Acc(self.v + o)
    def __isub__(self, o):
        self.v -= o
        return self
    def __imul__(self, o):
        return 'imul returned a str'
    def __repr__(self):
        return 'Acc(%r)' % self.v

a = Acc(1)
b = a
a += 5
print(a, b, a is b)
a -= 2
print(a)
a *= 3
print(a, b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
c = OnlyAdd(1)
d = c
c += 1
print(c.v, d.v, c is d)
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias is lst)
c -= 1
