# row: str.find() and `in` on str
def bench():
    text = "the quick brown fox jumps over the lazy dog"
    needles = ["fox", "cat", "the", "dog", "z", "jumps over"]
    total = 0
    n = 0
    for i in range(5200):
        w = needles[i % 6]
        total += text.find(w) + text.find(w, 10)
        if w in text:
            n += 1
        if "q" in w:
            n += 1
    return total, n

print(bench())
