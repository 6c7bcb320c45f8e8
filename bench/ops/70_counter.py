# row: collections.Counter
from collections import Counter


def bench():
    words = "the cat sat on the mat and the dog sat on the log".split()
    text = "mississippi river"
    total = 0
    for r in range(450):
        c = Counter(words)
        d = Counter(text)
        c["new"] += 1
        total += c["the"] + d["s"] + c["missing"] + len(c)
    return total, c.most_common(2), sorted(d.items())[:4]

print(bench())
