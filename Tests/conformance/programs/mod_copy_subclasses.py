# Copies of subclasses of builtin types keep their class, their items and their attributes.
import copy
class MyList(list):
    def append(self, x):
        print('  append', x)
        super().append(x)
ml = MyList([1, [2]])
ml.tag = 'T'
c = copy.copy(ml)
print(c, type(c).__name__, c.tag, c[1] is ml[1])
d = copy.deepcopy(ml)
print(d, d[1] is ml[1], d.tag)
class MyDict(dict):
    pass
md = MyDict(a=[1])
md.note = 'n'
for dup in [copy.copy(md), copy.deepcopy(md)]:
    print(dup, type(dup).__name__, dup.note, dup['a'] is md['a'])
class MyInt(int):
    pass
mi = MyInt(7)
mi.unit = 'cm'
ci = copy.copy(mi)
print(ci, type(ci).__name__, ci.unit, ci + 1)
class MyStr(str):
    pass
cs = copy.deepcopy(MyStr('hey'))
print(cs, type(cs).__name__, cs.upper())
class MyTuple(tuple):
    pass
mt = MyTuple(([1], 2))
ct = copy.deepcopy(mt)
print(ct, type(ct).__name__, ct[0] is mt[0], copy.copy(mt) == mt)
class MySet(set):
    pass
cst = copy.copy(MySet({3}))
print(cst, type(cst).__name__)
class MyFloat(float):
    pass
print(copy.deepcopy(MyFloat(1.5)), type(copy.copy(MyFloat(2.0))).__name__)
