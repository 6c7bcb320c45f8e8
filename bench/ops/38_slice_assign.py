# row: slice assignment p[:k] = p[k-1::-1]
def bench():
    p = list(range(12))
    total = 0
    for i in range(5600):
        k = 2 + i % 9
        p[:k] = p[k - 1::-1]
        p[1:3] = [p[2], p[1]]
        total += p[0]
    return total, p

print(bench())
