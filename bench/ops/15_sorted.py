# row: sorted() of small lists
def bench():
    data = [(i * 7919) % 101 for i in range(20)]
    total = 0
    for i in range(1500):
        data[i % 20] = (i * 31) % 97
        s = sorted(data)
        total += s[0] + s[-1] + s[10]
        r = sorted(data, reverse=True)
        total += r[0]
    return total

print(bench())
