# row: sum(genexpr)
def bench():
    data = list(range(50))
    total = 0
    for r in range(600):
        total += sum(x * x for x in data)
        total += sum(1 for x in data if x & 1)
    return total

print(bench())
