# row: calls with *args
def h(*args):
    return len(args) + args[0]


def k(a, b, c):
    return a + b + c


def bench():
    total = 0
    t = (1, 2, 3)
    for i in range(7000):
        total += h(i, 2, 3) + h(i) + k(*t) + h(*t)
    return total

print(bench())
