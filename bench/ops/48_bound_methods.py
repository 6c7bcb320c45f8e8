# row: bound methods in locals (app = out.append)
def bench():
    total = 0
    for r in range(450):
        out = []
        app = out.append
        for i in range(50):
            app(i)
            app(-i)
        l = [0, 1, 2]
        ins = l.insert
        pop = l.pop
        for i in range(25):
            ins(0, i)
            total += pop()
        total += len(out)
    return total

print(bench())
