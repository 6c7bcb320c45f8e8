# row: tuple packing/unpacking and swaps
def bench():
    a, b, c = 1, 2, 3
    total = 0
    for i in range(22000):
        a, b = b, a
        a, b, c = c, a, b
        t = (a, i)
        x, y = t
        total += x + y + b
    return total, a, b, c

print(bench())
