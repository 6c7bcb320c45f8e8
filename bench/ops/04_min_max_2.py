# row: min()/max() of 2 args
def bench():
    total = 0
    for i in range(4200):
        j = (i * 7) % 1000
        total += min(i, j) + max(i, j)
    return total

print(bench())
