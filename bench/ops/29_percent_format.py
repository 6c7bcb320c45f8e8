# row: %-formatting
def bench():
    total = 0
    for i in range(2000):
        s = "%d items" % i
        t = "%s=%r (%5d)" % ("key", "val", i)
        u = "%.3f%%" % (i / 3)
        total += len(s) + len(t) + len(u)
    return total, s, t, u

print(bench())
