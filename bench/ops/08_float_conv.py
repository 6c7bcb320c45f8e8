# row: float() from str and int
def bench():
    strs = ["0.5", "3.25", "-1e3", "2.0", "100", "1.5e-2"]
    total = 0.0
    for i in range(15000):
        total += float(strs[i % 6]) + float(i)
    return total

print(bench())
