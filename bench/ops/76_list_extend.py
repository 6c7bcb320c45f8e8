# row: list.extend() and list + list
def bench():
    a = [1, 2, 3, 4]
    b = (5, 6)
    total = 0
    for r in range(2100):
        l = []
        for i in range(5):
            l.extend(a)
            l.extend(b)
            l += [i]
        m = a + l
        n = l + a + a
        total += len(l) + len(m) + len(n)
    return total

print(bench())
