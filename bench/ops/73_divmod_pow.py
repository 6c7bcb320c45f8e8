# row: divmod() and pow() on small ints
def bench():
    total = 0
    for i in range(1, 8000):
        q, r = divmod(i * 37, 11)
        total += q + r
        total += pow(i % 13, 3) + pow(3, i % 7, 1000003) + (i % 9) ** 2
    return total

print(bench())
