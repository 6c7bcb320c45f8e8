# list.__init__/dict.__init__/set.__init__ called unbound, as subclasses and code do
class D(dict):
    def __init__(self, *a, **k):
        dict.__init__(self, *a, **k)
        self.extra = 1
d = D({"a": 1}, b=2)
print(d, d.extra)
class L(list):
    def __init__(self, it):
        list.__init__(self, it)
print(L([1, 2]))
class S(set):
    def __init__(self, it=()):
        set.__init__(self, it)
print(sorted(S([3, 1])))
d = {"z": 0}
dict.__init__(d, a=1)
print(d)
l = [9]
list.__init__(l, (1, 2))
print(l)
s = {5}
set.__init__(s, [1])
print(s)
try:
    dict.__init__([], a=1)
except TypeError as e:
    print(e)
try:
    dict.__init__()
except TypeError as e:
    print(e)
class E(dict):
    def __init__(self):
        super().__init__(x=1)
        dict.__init__(self, y=2)
print(E())
