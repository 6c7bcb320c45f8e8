# str.replace: no match returns before collecting positions; matches are copied around.
texts = ["hello world", "a-b-c-d-e-f", "no match here", "aaaa", "", "ééé", "日本日本", "a" * 20]
for s in texts:
    print(s.replace("o", "0"), s.replace("-", ""), s.replace("aa", "b"), s.replace("é", "e", 2),
          s.replace("", "|"), s.replace("", "|", 2), s.replace(s, "whole"), s.replace("a", "ab", 0),
          s.replace("日", "にち"), s.replace("a", "", -1), s.replace("zz", "y"), s.replace("a", "A", 9))
class S(str):
    pass
print(S("abc").replace("b", "x"), type(S("abc").replace("q", "x")).__name__, "abc".replace(S("b"), S("y")),
      "abc".find(S("c")), "abc".count(S("b")), "a,b".partition(S(",")), "abc".removeprefix(S("a")))
for call in [lambda: "a".replace(1, "b"), lambda: "a".replace("a"), lambda: "a".replace("a", "b", "c"),
             lambda: "a".replace("a", "b", count=1)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
