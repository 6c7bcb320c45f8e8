# row: list.sort(key=lambda ...)
def bench():
    base = [((i * 7919) % 211, "w%d" % (i % 13)) for i in range(40)]
    total = 0
    for i in range(200):
        l = base[:]
        l.sort(key=lambda p: p[0])
        total += l[0][0] + l[-1][0]
        l.sort(key=lambda p: (p[1], -p[0]))
        total += l[0][0]
    return total, l[:3]

print(bench())
