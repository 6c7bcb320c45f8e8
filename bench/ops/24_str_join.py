# row: str.join() of a list
def bench():
    words = ["alpha", "beta", "gamma", "delta", "epsilon"]
    chars = list("abcdefgh")
    total = 0
    for i in range(4800):
        total += len(" ".join(words)) + len("".join(chars)) + len(", ".join(words[: i % 5]))
    return total

print(bench())
