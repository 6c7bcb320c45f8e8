# row: dict.setdefault()
def bench():
    words = "apple avocado banana blueberry cherry cranberry date fig grape".split()
    total = 0
    for r in range(2000):
        groups = {}
        for w in words:
            groups.setdefault(w[0], []).append(w)
        total += len(groups) + len(groups["a"])
    return total, sorted(groups.items())

print(bench())
