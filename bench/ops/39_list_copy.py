# row: list copy l[:] and list(l)
def bench():
    l = list(range(30))
    total = 0
    for i in range(5300):
        a = l[:]
        b = list(l)
        c = l.copy()
        a[0] = i
        total += a[0] + b[-1] + len(c)
    return total, l[0]

print(bench())
