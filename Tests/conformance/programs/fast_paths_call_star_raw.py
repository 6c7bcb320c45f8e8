# f(*x) passes x to the call as is; f(**d) with no positional arguments; defaults-only calls.
def f(*a, **k): return (a, sorted(k.items()))
def g(a, b=2, c=(3,)): return (a, b, c)
def order(tag):
    print("eval", tag)
    return tag
def gen():
    print("gen runs")
    yield 1; yield 2
class T(tuple):
    def __iter__(self): return iter((9, 9))
class P:
    def __init__(self, x, y=5): self.xy = (x, y)
    def m(self, *a): return a
print(f(*[1, 2]), f(*(1,)), f(*"ab"), f(*{3: 4}), f(*range(3)), f(*gen()), f(*T((1, 2))))
print(f(*gen()), order("k"), f(**{"z": 1}), f(), f(**{}), g(*[7]), g(*(1, 2, 3)))
print(g(1), g(1, 5), g(b=0, a=1), P(1).xy, P(1, 2).xy, P(*[3]).xy, P(**{"x": 4}).xy, P(1).m(*[1, 2]))
print(max(*[3, 9, 4]), "-".join(*[["a", "é"]]), list(zip(*[[1, 2], [3, 4]])), print(*[], sep="x"))
for bad in (lambda: f(*1), lambda: g(*None), lambda: P(0).m(*5), lambda: len(*3.5),
            lambda: g(*[]), lambda: g(*[1, 2, 3, 4]), lambda: g(*[1], a=2), lambda: P(*()),
            lambda: f(*1, **{1: 2}), lambda: f(**1), lambda: g(1, 2, 3, 4), lambda: P()):
    try:
        print("ok", bad())
    except TypeError as e:
        print("TypeError:", e)
def rec(n, d=0):
    return rec(n + 1) if n < 10 ** 5 else n
try:
    rec(0)
except RecursionError as e:
    print("RecursionError:", e)
def rec2(*a):
    return rec2(*a)
try:
    rec2(1, 2)
except RecursionError as e:
    print("RecursionError:", e)
g(*7)
