# row: isinstance(x, T)
def bench():
    items = [1, "a", 2.0, [1], (1,), None, True]
    n = 0
    for i in range(3400):
        for x in items:
            if isinstance(x, int):
                n += 1
            if isinstance(x, str):
                n += 2
    return n

print(bench())
