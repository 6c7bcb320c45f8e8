# row: for i in range(n) (short ranges)
def bench():
    total = 0
    for j in range(2700):
        for i in range(10):
            total += i
        for i in range(j % 7, 30, 3):
            total -= i
    return total

print(bench())
