# Generator frames of every size around the small-copy cutoff: values survive suspension.
def few():
    a = "é"
    yield a
    yield a * 2

def many(n):
    a, b, c, d, e, f, g, h, i, j = range(n, n + 10)
    big = 2 ** 100 + n
    for k in range(3):
        yield (a + j + k, big, [b, c], {d: e}, f * g * h * i)

def stacked(xs):
    # values live on the operand stack across the yield
    out = []
    for x in xs:
        out.append((x, (yield x), len(out)))
    return out

def width(n):
    vals = list(range(n))
    t = tuple(vals)
    while vals:
        yield sum(vals), t[-1] if t else None
        vals.pop()

print(list(few()))
print(list(many(5)))
g = stacked(["x", "ü", 3])
print(next(g), g.send(1), g.send(2))
try:
    g.send(3)
except StopIteration as s:
    print("done", s.value)
for n in range(0, 12):
    print(n, list(width(n))[:2], sum(1 for _ in width(n)))
class L(list):
    pass
print(sum(x for x in L([1, 2, 3])), "".join(s for s in ("a", "ß", "c")))
print(max((k, str(k)) for k in range(15)), list(zip(few(), many(1))))
