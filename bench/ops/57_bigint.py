# row: big-int arithmetic (100-300 digits)
def bench():
    a = 7 ** 150
    b = 3 ** 400 + 12345
    c = 10 ** 120 + 7
    total = 0
    for i in range(1000):
        x = a * (b + i)
        y = x // (c + i)
        z = x % (c - i)
        w = a + b * i - c
        total += (y ^ z ^ w) & 0xFFFFFFFF
    return total, len(str(x)), len(str(y)), z % 1000003

print(bench())
