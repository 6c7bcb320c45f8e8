# row: `in` and list.index()
def bench():
    l = [5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60]
    total = 0
    for i in range(8800):
        x = (i % 14) * 5
        if x in l:
            total += l.index(x)
        if x + 1 not in l:
            total += 1
    return total

print(bench())
