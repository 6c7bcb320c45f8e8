# f(*t), f(**d) bound on the stack; map/filter/sort key calling one-argument functions.
def h(*args):
    return len(args) + args[0]
def k(a, b, c): return a + b + c
def opts(a, **kw):
    return a + len(kw) + kw.get("x", 0)
def plain(x=0, y=0): return x - y
t = (1, 2, 3)
d = {"x": 5, "y": 2}
print(h(1, 2, 3), h(4), k(*t), h(*t), opts(1, x=1, y=2), opts(1), plain(**d), plain(*[], **{}))
print(k(*[1], *(2, 3)), k(1, *"ab") if False else k(*"abc"), opts(*[1], **d), plain(**{"y": 3}))
class M:
    def __init__(self, *a, **kw): self.v = (a, sorted(kw.items()))
    def f(self, *a, **kw): return (a, sorted(kw.items()))
m = M(1, x=2)
print(m.v, m.f(*t), m.f(**d), m.f(*t, **d), M(*t).v, M(**d).v)
data = list(range(12)) + [10 ** 20, -3]
print(list(map(lambda x: x * 3, data)), list(filter(lambda x: x % 3 == 0, data)))
print(sum(map(int, ["1", "2", " 3 "])), list(map(str, [1, "é", None])), list(filter(None, [0, 1, "", "a"])))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4, 5])), list(map(pow, [2, 3], [5, 2], [7, 7])))
print(list(map(lambda x, y=2: x * y, [1, 2])), list(filter(str.isdigit, ["1", "a", "٣"])))
class B(int): pass
print(list(map(B, ["7", "8"])), list(map(len, ["", "ab", [1]])), list(map(M, [1]))[0].v)
words = ["pear", "Apple", "fig", "ÉCLAIR", "banana"]
print(sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
l = [(3, "c"), (1, "a"), (2, "b")]
l.sort(key=lambda p: p[0]); print(l)
l.sort(key=lambda p: -p[0], reverse=True); print(l)
def key2(p, q=1): return p[1] * q
print(sorted(l, key=key2), max(l, key=lambda p: p[1]), min(l, key=key2))
try:
    sorted([1, 2], key=lambda a, b: a)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(lambda: 1, [1]))
except TypeError as e:
    print("TypeError:", e)
print(list(filter(lambda x: x > "a", "bca")), sorted([], key=lambda x: 1 / 0))
list(map(lambda x: 1 / x, [1, 0]))
