# row: closures: reading cells and nonlocal updates
def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = 0
    def inc(step):
        nonlocal count
        count += step
        return count
    return inc


def bench():
    add5 = make_adder(5)
    inc = make_counter()
    total = 0
    for i in range(17000):
        total += add5(i) + inc(2)
    return total, inc(0)

print(bench())
