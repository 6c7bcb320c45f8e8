# row: sum() of list/tuple/range
def bench():
    l = list(range(20))
    t = tuple(range(10))
    f = [0.5, 1.5, 2.25, 3.0]
    total = 0
    ftotal = 0.0
    for i in range(3200):
        total += sum(l) + sum(t) + sum(range(i % 10))
        ftotal += sum(f)
    return total, ftotal

print(bench())
