# row: raise + catch in a loop
def bench():
    d = {"a": 1}
    total = 0
    for i in range(1700):
        try:
            total += d["b"]
        except KeyError:
            total += 1
        try:
            raise ValueError(i)
        except ValueError as e:
            total += e.args[0] & 1
        try:
            int("x")
        except ValueError:
            total += 2
    return total

print(bench())
