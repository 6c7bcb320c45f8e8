# row: generator function iteration
def gen(n):
    i = 0
    while i < n:
        yield i * 2
        i += 1


def pairs(seq):
    for x in seq:
        yield x, x + 1


def bench():
    total = 0
    for r in range(450):
        for v in gen(40):
            total += v
        for a, b in pairs(range(20)):
            total += a * b
    return total

print(bench())
