# row: str.split()
def bench():
    lines = ["the quick brown fox", "a,b,c,d,e", "one  two   three", "k=v", "x y"]
    total = 0
    for i in range(5600):
        s = lines[i % 5]
        total += len(s.split()) + len(s.split(",")) + len(s.split(" ", 1))
    return total

print(bench())
