# row: calls with keyword arguments
def f(a, b, c=0, d=0):
    return a + b * 2 + c * 3 + d


def bench():
    total = 0
    for i in range(8000):
        total += f(i, b=1, d=2)
        total += f(a=i, b=2, c=3, d=4)
    return total

print(bench())
