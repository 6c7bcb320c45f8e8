# row: for i, x in enumerate(list)
def bench():
    data = list(range(100))
    total = 0
    for r in range(290):
        for i, x in enumerate(data):
            total += i ^ x
        for i, x in enumerate(data, 1):
            total += i
    return total

print(bench())
