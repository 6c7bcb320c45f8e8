# row: float formatting ('%.3f', repr, format)
def bench():
    x = 0.1
    total = 0
    for i in range(1400):
        x = x * 1.7 + 0.013
        if x > 1000.0:
            x = x / 997.0
        s = "%.3f" % x
        r = repr(x)
        f = format(x, ".2e")
        g = format(x, "g")
        total += len(s) + len(r) + len(f) + len(g)
    return total, s, r, f, g

print(bench())
