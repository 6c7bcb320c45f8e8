# row: list.append() / list.pop()
def bench():
    total = 0
    for r in range(250):
        stack = []
        for i in range(50):
            stack.append(i)
            stack.append(i * 2)
        while stack:
            total += stack.pop()
    return total

print(bench())
