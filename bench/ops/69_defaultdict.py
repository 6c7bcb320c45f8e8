# row: collections.defaultdict
from collections import defaultdict


def bench():
    words = "the cat sat on the mat and the dog sat on the log".split()
    total = 0
    for r in range(750):
        counts = defaultdict(int)
        lists = defaultdict(list)
        for w in words:
            counts[w] += 1
            lists[len(w)].append(w)
        total += counts["the"] + len(lists[3])
    return total, sorted(counts.items())

print(bench())
