# row: calls relying on default arguments
def g(a, b=1, c=2, d=None):
    if d is None:
        return a + b + c
    return a + d


def bench():
    total = 0
    for i in range(9500):
        total += g(i) + g(i, 5) + g(i, 5, 6)
    return total

print(bench())
