# row: set add/in/union/intersection/difference
def bench():
    a = set(range(0, 40, 2))
    b = set(range(0, 40, 3))
    n = 0
    for i in range(1100):
        s = set()
        s.add(i % 17)
        s.add(i % 5)
        if i % 40 in a:
            n += 1
        if i % 7 not in b:
            n += 2
        n += len(a | s) + len(a & b) + len(a - b) + len(s.union(b)) + len(b.intersection(s))
    return n

print(bench())
