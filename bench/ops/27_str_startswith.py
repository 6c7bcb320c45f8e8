# row: str.startswith()/endswith()
def bench():
    names = ["test_one.py", "setup.cfg", "test_two.txt", "README.md", "main.py", "tests"]
    n = 0
    for i in range(6000):
        s = names[i % 6]
        if s.startswith("test"):
            n += 1
        if s.endswith(".py"):
            n += 2
        if s.endswith((".md", ".cfg")):
            n += 4
    return n

print(bench())
