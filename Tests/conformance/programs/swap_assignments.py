# swap-like assignments: values evaluated left to right, then stored left to right
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
[x, y] = a, b
print(x, y)
l = [0, 1, 2]
i = 0
i, l[i] = 2, 9
print(i, l)
def f(tag, v):
    print("eval", tag)
    return v
class T:
    def __setattr__(self, k, v):
        print("store", k, v)
        object.__setattr__(self, k, v)
t = T()
t.p, t.q, t.r = f(1, "a"), f(2, "b"), f(3, "c")
try:
    a, b = 1, undefined_name
except NameError as e:
    print("NameError", e, a, b)
d = {}
d["k"], d["j"] = d.get("j", 0) + 1, 5
print(d)
def g():
    m, n = 1, 2
    for _ in range(3):
        m, n = n, m + n
    return m, n
print(g())
(a, b), c = (1, 2), 3
print(a, b, c)
