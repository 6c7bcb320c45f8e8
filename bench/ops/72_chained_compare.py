# row: chained comparisons
def bench():
    n = 0
    lo = 10
    hi = 90
    for i in range(19000):
        k = i % 100
        if lo <= k < hi:
            n += 1
        if 0 < k <= 50 != k:
            n += 2
        if lo < k < hi < 100:
            n += 4
    return n

print(bench())
