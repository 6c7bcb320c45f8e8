# row: isinstance(x, (T1, T2))
def bench():
    items = [1, "a", 2.0, [1], (1,), None, True]
    n = 0
    for i in range(1500):
        for x in items:
            if isinstance(x, (int, float)):
                n += 1
            if isinstance(x, (list, tuple, dict)):
                n += 2
    return n

print(bench())
