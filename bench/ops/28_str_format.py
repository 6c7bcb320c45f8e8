# row: str.format()
def bench():
    total = 0
    for i in range(1200):
        s = "{} + {} = {}".format(i, 2, i + 2)
        t = "{0:>6}|{1:<4}|{name}".format(i, "ab", name="x")
        u = "{:.2f}".format(i / 7)
        total += len(s) + len(t) + len(u)
    return total, s, t, u

print(bench())
