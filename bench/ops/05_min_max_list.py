# row: min()/max() on a small list
def bench():
    data = [5, 3, 9, 1, 7, 2, 8]
    total = 0
    for i in range(3800):
        data[i % 7] = i % 13
        total += min(data) + max(data)
    return total

print(bench())
