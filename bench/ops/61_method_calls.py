# row: method calls on a user class instance
class Acc:
    def __init__(self):
        self.n = 0

    def add(self, x):
        self.n += x
        return self

    def get(self):
        return self.n

    def scaled(self, k, off=0):
        return self.n * k + off


def bench():
    a = Acc()
    total = 0
    for i in range(8000):
        a.add(i)
        total += a.get() + a.scaled(2) + a.scaled(1, off=3)
    return total

print(bench())
