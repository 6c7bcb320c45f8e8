# row: list.reverse() and reversed()
def bench():
    l = list(range(30))
    total = 0
    for i in range(9000):
        l.reverse()
        total += l[0]
        for x in reversed(l):
            total += x
            break
        l.reverse()
        total += l[-1]
    return total

print(bench())
