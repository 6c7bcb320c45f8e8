# row: for a, b in zip(xs, ys)
def bench():
    xs = list(range(100))
    ys = [i * 3 for i in range(100)]
    total = 0
    for r in range(430):
        for a, b in zip(xs, ys):
            total += a * b
    return total

print(bench())
