# row: instance attribute reads/writes
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def bench():
    p = Point(1, 2)
    q = Point(3, 4)
    total = 0
    for i in range(16500):
        p.x = q.y + i
        q.y = p.x - q.x
        total += p.x + p.y + q.x + q.y
    return total, p.x, q.y

print(bench())
