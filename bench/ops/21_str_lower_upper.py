# row: str.lower()/upper()
def bench():
    words = ["Hello", "WORLD", "MiXeD", "python", "Interpreter", "abc123XYZ"]
    total = 0
    for i in range(11000):
        w = words[i % 6]
        total += len(w.lower()) + len(w.upper())
        if w.lower() == "python":
            total += 1
    return total

print(bench())
