# row: len() on str/list/tuple
def bench():
    s = "hello, world"
    l = [1, 2, 3, 4, 5, 6, 7]
    t = (1, 2, 3)
    total = 0
    for i in range(25000):
        total += len(s) + len(l) + len(t) + len(s)
    return total

print(bench())
