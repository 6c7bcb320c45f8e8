# row: int() from str and float
def bench():
    strs = ["0", "7", "42", "-13", "1000", "65535", "123456"]
    total = 0
    for i in range(4700):
        s = strs[i % 7]
        total += int(s) + int(i * 1.5) + int("  99 ")
    return total

print(bench())
