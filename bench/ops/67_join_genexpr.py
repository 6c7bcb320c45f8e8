# row: str.join() over a generator
def bench():
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]
    nums = list(range(30))
    total = 0
    for r in range(700):
        a = " ".join(w.upper() for w in words)
        b = ",".join(str(n) for n in nums)
        total += len(a) + len(b)
    return total, a, b[:20]

print(bench())
