# row: x in (tuple literal)
def bench():
    words = ["if", "x", "while", "for", "return", "y", "def", "class"]
    n = 0
    for i in range(10000):
        w = words[i % 8]
        if w in ("if", "while", "for", "def"):
            n += 1
        k = i % 10
        if k in (1, 3, 5, 7):
            n += 2
        if k not in (0, 9):
            n += 4
    return n

print(bench())
