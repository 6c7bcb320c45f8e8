# row: ord() + chr()
def bench():
    total = 0
    for i in range(16000):
        c = chr(97 + i % 26)
        d = chr(65 + i % 26)
        total += ord(c) + ord(d)
    return total

print(bench())
