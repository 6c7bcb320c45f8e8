# row: str.strip()/lstrip()/rstrip()
def bench():
    lines = ["  hello  ", "world\n", "\t tabbed\t", "none", "  left", "right   \n"]
    total = 0
    for i in range(9500):
        s = lines[i % 6]
        total += len(s.strip()) + len(s.rstrip()) + len(s.lstrip()) + len(s.strip(" h"))
    return total

print(bench())
