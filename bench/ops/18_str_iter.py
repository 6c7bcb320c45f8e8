# row: for c in str
def bench():
    text = "The quick brown fox jumps over the lazy dog, 0123456789 times!" * 2
    n = 0
    for r in range(870):
        for c in text:
            if c == "o":
                n += 1
    return n

print(bench())
