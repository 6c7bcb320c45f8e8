# row: dict/set comprehensions
def bench():
    data = list(range(40))
    total = 0
    for r in range(500):
        d = {x: x * x for x in data}
        s = {x % 7 for x in data}
        total += d[r % 40] + len(s) + len(d)
    return total

print(bench())
