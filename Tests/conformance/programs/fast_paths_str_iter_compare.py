# `for c in s` reads characters straight from the str iterator; one-character strs below
# U+0100 are shared; s == t / s != t on two strs compare bytes in the dispatch loop.
class S(str):
    def __eq__(self, other):
        return "S.__eq__"
    __hash__ = str.__hash__

for text in ["", "abc", "naïve café", "日本語", "a😀b", "\x00\x7f\x80\xff\u0100"]:
    out = []
    for c in text:
        out.append((c, ord(c), len(c)))
    print(out, [c for c, _, _ in out] == list(text), [c for c in text] == list(text))
e_acute, y_diaeresis = "xé", "aÿ"
print(chr(233) is e_acute[1], e_acute[1] is e_acute[-1:], y_diaeresis[1] is chr(255), [c for c in e_acute][1] is chr(233))
print(list("aé€😀"), [c == "é" for c in "aé€"], [c != "€" for c in "aé€"])
it = iter("hé")
print(next(it), next(it), next(it, "end"), next(it, "end"), list(it))
it = iter("abc")
for c in it:
    print(c, list(it))
n = 0
for c in "The quick brown fox" * 3:
    if c == "o":
        n += 1
    if c != " ":
        n += 100
print(n)
print("a" == S("a"), S("a") == "a", "a" == 1, 1 != "a", "é" == "é", "é" != "e")
print("abc" == "abc", "abc" == "abd", "" == "", "" != "", "x" * 40 == "x" * 40, ("x" * 40 + "y") == "x" * 41)
for s in S("hé"):
    print(type(s).__name__, s)
r = []
for a in "ab":
    for b in "é😀":
        r.append(a + b)
print(r)
