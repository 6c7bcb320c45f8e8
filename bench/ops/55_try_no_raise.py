# row: try/except in a loop (no exception)
def bench():
    d = {i: i for i in range(10)}
    total = 0
    for i in range(30000):
        try:
            total += d[i % 10]
        except KeyError:
            total -= 1
        try:
            total += 1
        except (ValueError, TypeError):
            pass
    return total

print(bench())
