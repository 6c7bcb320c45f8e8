# row: str() of int/float/bool
def bench():
    total = 0
    x = 0.25
    for i in range(3400):
        total += len(str(i)) + len(str(-i)) + len(str(x)) + len(str(i > 5))
        x += 0.5
    return total

print(bench())
