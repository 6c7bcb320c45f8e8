# row: list.insert(0, x) / pop(0) on a small list
def bench():
    q = [0, 1, 2, 3, 4, 5, 6, 7]
    total = 0
    for i in range(16000):
        q.insert(0, i)
        q.insert(3, i)
        total += q.pop(0) + q.pop()
    return total, q

print(bench())
