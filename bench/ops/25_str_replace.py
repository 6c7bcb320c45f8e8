# row: str.replace()
def bench():
    texts = ["hello world", "a-b-c-d-e-f", "no match here", "aaaa"]
    total = 0
    for i in range(7000):
        s = texts[i % 4]
        total += len(s.replace("o", "0")) + len(s.replace("-", "")) + len(s.replace("aa", "b"))
    return total

print(bench())
