# row: map()/filter() with lambda
def bench():
    data = list(range(40))
    total = 0
    for r in range(400):
        total += sum(map(lambda x: x * 3, data))
        total += len(list(filter(lambda x: x % 3 == 0, data)))
        total += sum(map(int, ["1", "2", "3"]))
    return total

print(bench())
