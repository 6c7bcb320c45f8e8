# row: dict with int keys
def bench():
    d = {}
    for i in range(200):
        d[i] = i * i
    total = 0
    for i in range(16000):
        k = i % 250
        if k in d:
            total += d[k]
        d[i % 200] = i
        total += d.get(k, -1)
    return total, len(d)

print(bench())
