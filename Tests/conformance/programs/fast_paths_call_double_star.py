# f(..., **x) with no other keyword passes x to the call as is (an exact dict is read in place).
def f(*a, **k): return (a, sorted(k.items()))
def p(x=0, y=0): return x - y
class M:
    def keys(self): print("keys"); return ["x", "y"]
    def __getitem__(self, k): print("get", k); return len(k) * 10
class D(dict):
    def keys(self): return ["x"]
class BadKeys:
    def keys(self): return [1]
    def __getitem__(self, k): return 0
d = {"x": 5, "y": 2}
print(p(**d), f(**d), f(1, **d), f(*[1, 2], **d), p(**M()), f(**M()), p(**D(x=1, y=9)), f(**D(x=1)))
def mut(**k):
    k["z"] = 1
    return sorted(k)
print(mut(**d), d, f(**{}), p(**{"y": "é" * 0 or 3}), f(**{"é": 1, "x": 10 ** 30}))
print(dict(**d), sorted(set(**{})) if False else list(map(str, **{})) if False else "-", max([1, 3], **{"key": lambda v: -v}))
for bad in (lambda: f(**1), lambda: f(**[("x", 1)]), lambda: f(**{1: 2}), lambda: f(**BadKeys()),
            lambda: p(**{"z": 1}), lambda: p(1, **{"x": 2}), lambda: len(**d), lambda: M()(**d),
            lambda: print(**{1: 2}), lambda: f(**None)):
    try:
        print("ok", bad())
    except TypeError as e:
        print("TypeError:", e)
f(
    **7)
