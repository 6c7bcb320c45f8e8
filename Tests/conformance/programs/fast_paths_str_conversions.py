# str() of floats and bools written straight into a str; split and lower/upper/encode
# without the argument binder when the arguments are positional.
for x in [0.25, -0.0, 0.0, 1.0, 1e16, 1e-5, 1.5e300, -2.5, 0.1 + 0.2, float("inf"), float("-inf"),
          float("nan"), 123456789.125, 5e-324]:
    print(str(x), repr(x), len(str(x)), str(x) == repr(x), [x], f"{x}")
print(str(True), str(False), str(1 > 2), str(True) is str(True), len(str(False)), [str(b) for b in (True, False)])
class F(float):
    def __str__(self):
        return "F!"
class B(int):
    pass
print(str(F(1.5)), repr(F(1.5)), str(B(3)), str(1 == 1.0))
lines = ["the quick brown fox", "a,b,c,d,e", "one  two   three", "k=v", "x y", "", "  ", "é ü\u3000ö"]
for s in lines:
    print(s.split(), s.split(","), s.split(" ", 1), s.split(None, 1), s.split(maxsplit=1), s.rsplit(" ", 1),
          s.split(sep=","), s.rsplit(None, 1))
for call in [lambda: "a b".split(1), lambda: "a".split(","), lambda: "a".split(""), lambda: "a b".split(" ", "x"),
             lambda: "a b".split(" ", 1, 2), lambda: "a b".split(bad=1), lambda: "a b c".split(" ", maxsplit=-1),
             lambda: "a".lower(1), lambda: "a".upper(x=1), lambda: "AbC".lower(), lambda: "ÀbÇ".upper(),
             lambda: "a".swapcase(2), lambda: "a b c".split(" ", True)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(["é", "ab", "xé", "ÿz", "\u0100y"][2][1], lines[7][0] is chr(233), "a\u0100"[1], "x\xff\xfe"[1:2], "ab\xe9"[2:])
print(chr(65), chr(200), chr(255), chr(256), chr(0x1F600), [chr(i) for i in range(250, 258)])
for t in ["0", "-0", "+7", "007", "123456789012345678", "-123456789012345678", "1234567890123456789",
          "99999999999999999999", " 12", "1_000", "-", "+", "", "1e3", "12a", "--1", "0x10"]:
    try:
        print(repr(t), int(t), int(t[::-1]) if t.isdigit() else "")
    except ValueError as e:
        print("ValueError:", e)
u = "aé日😀bÿ"
print([u[i:j] for i in range(7) for j in range(i, 7)], u[::-1], u[1::2], u[-3:], u[2:3] * 2)
