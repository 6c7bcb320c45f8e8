# row: list.sort() without key
def bench():
    base = [(i * 7919) % 211 for i in range(40)]
    words = ["pear", "apple", "fig", "kiwi", "banana", "cherry", "date", "grape"]
    total = 0
    for i in range(1700):
        l = base[:]
        l[i % 40] = i % 300
        l.sort()
        w = words[:]
        w.sort()
        total += l[0] + l[20] + l[-1] + len(w[0])
    return total, w

print(bench())
