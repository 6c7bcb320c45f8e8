# row: str += in a loop
def bench():
    total = 0
    for r in range(270):
        s = ""
        for i in range(60):
            s += "x"
            s += str(i % 10)
        total += len(s)
    return total, s[:20]

print(bench())
