# row: float arithmetic loop
def bench():
    x = 0.5
    y = 1.25
    acc = 0.0
    for i in range(12500):
        x = x * 1.0001 + 0.3
        y = (y - x * 0.5) / 1.5
        acc += x * y - (x - y) ** 2 / (1.0 + x * x)
    return acc, x, y

print(bench())
