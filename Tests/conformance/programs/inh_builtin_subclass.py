class MyList(list):
    def total(self):
        return sum(self)
class MyDict(dict):
    pass
class MyInt(int):
    def double(self):
        return MyInt(self * 2)
class MyStr(str):
    def shout(self):
        return self.upper() + '!'

l = MyList([1, 2, 3])
l.append(4)
print(l, l.total(), len(l), type(l).__name__, isinstance(l, list))
print(l + [5], type(l + [5]).__name__)
d = MyDict(a=1)
d['b'] = 2
print(d, type(d).__name__)
i = MyInt(21)
print(i, i.double(), i + 1, type(i + 1).__name__, type(i.double()).__name__)
s = MyStr('hi')
print(s.shout(), s + ' there', len(s), s == 'hi')
print(MyList.__mro__)
print(MyInt('7') + 1, repr(MyStr('q')))
class E(ValueError):
    pass
print(E.__mro__)
