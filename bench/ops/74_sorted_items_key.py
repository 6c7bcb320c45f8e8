# row: sorted(d.items(), key=...)
def bench():
    words = "the cat sat on the mat and the dog sat on the log with a cat".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    total = 0
    for r in range(700):
        top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        byval = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        total += top[0][1] + len(byval[-1][0])
    return total, top[:4], byval[:3]

print(bench())
