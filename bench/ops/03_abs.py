# row: abs() on int and float
def bench():
    total = 0
    ftotal = 0.0
    for i in range(-9000, 9000):
        total += abs(i) + abs(-i)
        ftotal += abs(i * 0.5)
    return total, ftotal

print(bench())
