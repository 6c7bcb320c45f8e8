# row: calls with **kw
def opts(a, **kw):
    return a + len(kw) + kw.get("x", 0)


def plain(x=0, y=0):
    return x - y


def bench():
    total = 0
    d = {"x": 5, "y": 2}
    for i in range(3900):
        total += opts(i, x=1, y=2) + opts(i) + plain(**d)
    return total

print(bench())
