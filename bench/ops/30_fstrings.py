# row: f-strings with format specs
def bench():
    total = 0
    x = 0.0
    for i in range(800):
        x += 1.25
        s = f"{i} {x}"
        t = f"{x:>8.2f}|{i:,}|{i:05d}"
        u = f"[{i * 1000:,}] {x!r:>12} {i:x}"
        total += len(s) + len(t) + len(u)
    return total, s, t, u

print(bench())
