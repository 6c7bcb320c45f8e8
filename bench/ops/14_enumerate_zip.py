# row: for i, (a, b) in enumerate(zip(xs, ys))
def bench():
    xs = list(range(100))
    ys = [i * 3 for i in range(100)]
    total = 0
    for r in range(260):
        for i, (a, b) in enumerate(zip(xs, ys)):
            total += i + a - b
    return total

print(bench())
