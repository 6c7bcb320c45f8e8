# row: list comprehension
def bench():
    data = list(range(50))
    total = 0
    for r in range(740):
        a = [x * 2 for x in data]
        b = [x for x in data if x % 3 == 0]
        total += a[-1] + len(b)
    return total

print(bench())
