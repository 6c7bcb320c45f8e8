# row: dict with str keys: get/set/in/count
def bench():
    words = "the cat sat on the mat and the dog sat on the log".split()
    counts = {}
    seen = {}
    n = 0
    for r in range(1200):
        for w in words:
            counts[w] = counts.get(w, 0) + 1
            if w in seen:
                n += seen[w]
            else:
                seen[w] = len(w)
    return sorted(counts.items()), n

print(bench())
