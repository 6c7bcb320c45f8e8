# row: slicing list/str/tuple (read)
def bench():
    l = list(range(20))
    s = "abcdefghijklmnopqrst"
    t = tuple(range(20))
    total = 0
    for i in range(3500):
        k = i % 10
        total += len(l[k:k + 5]) + len(s[:k]) + len(t[k:]) + len(l[::-2]) + len(s[-k:])
    return total

print(bench())
