# row: indexing list/str/tuple, negative index
def bench():
    l = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
    s = "abcdefghij"
    t = (2, 7, 1, 8, 2, 8, 1, 8, 2, 8)
    total = 0
    n = 0
    for i in range(9800):
        k = i % 10
        total += l[k] + t[k] + l[-1] + t[-k - 1]
        if s[k] == s[-3]:
            n += 1
    return total, n

print(bench())
