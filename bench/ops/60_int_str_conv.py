# row: int <-> str conversion
def bench():
    total = 0
    for i in range(4000):
        s = str(i * 37)
        total += int(s) + len(str(-i)) + int(s[::-1])
    return total

print(bench())
