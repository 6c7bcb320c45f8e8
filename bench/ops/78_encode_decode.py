# row: str.encode()/bytes.decode() small
def bench():
    texts = ["hello", "naïve café", "日本語", "plain ascii text", "€uro"]
    total = 0
    for i in range(6700):
        s = texts[i % 5]
        b = s.encode()
        u = b.decode("utf-8")
        total += len(b) + len(u) + len(s.encode("utf-8"))
        if u == s:
            total += 1
    return total, "日本語".encode(), "abc".encode("ascii")

print(bench())
