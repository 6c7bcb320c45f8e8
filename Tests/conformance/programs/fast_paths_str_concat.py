# s + t and s += t on two strs concatenate in the dispatch loop; an empty side gives the
# other str; other operands (subclasses, non-strs) take the general path and its errors.
class S(str):
    def __add__(self, other):
        return "S.__add__"
    def __radd__(self, other):
        return "S.__radd__"

class T(str):
    pass

acc, empty = "", ""
for piece in ["a", "", "é", "日本", ""]:
    acc += piece
    print(acc, acc + empty, empty + acc, acc + S("!"), type(acc + S("!")).__name__, acc + acc[::-1])
for a, b in [("x", 1), ("x", None), ("x", b"y")]:
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError:", e)
for a, b in [(T("t"), "u"), ("u", T("t")), (S("s"), "x")]:
    a += b
    print(a, type(a).__name__)
s = ""
for i in range(60):
    s += "x"
    s += str(i % 10)
print(len(s), s[:20], s[-5:], "é" * 3 + "ü", ("ab" + "cd") == "abcd")
