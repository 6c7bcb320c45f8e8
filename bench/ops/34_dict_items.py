# row: for k, v in d.items()
def bench():
    d = {i: i * 3 for i in range(100)}
    total = 0
    for r in range(220):
        for k, v in d.items():
            total += k * v
        for k in d:
            total -= k
        for v in d.values():
            total += v
    return total

print(bench())
