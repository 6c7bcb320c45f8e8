# startswith/endswith on the whole str compare bytes at either end; bounds, tuples and
# non-ASCII strs take the code point path.
names = ["test_one.py", "setup.cfg", "", "README.md", "é.py", "naïve", "日本語", "py"]
for s in names:
    print(repr(s), s.startswith("test"), s.endswith(".py"), s.endswith((".md", ".cfg")), s.startswith(""),
          s.endswith(""), s.startswith(s), s.endswith(s + "x"), s.startswith("é"), s.endswith("語"),
          s.endswith("ve"), s.startswith("na\u00ef"), s.endswith("py", 1), s.startswith("e", 1, 3),
          s.endswith(("x", "")), s.startswith("py", -2), s.endswith("y", 0, -1))
class S(str):
    pass
class T(tuple):
    pass
print(S("abc").startswith("ab"), "abc".endswith(S("bc")), "".startswith(""), "".endswith("a"),
      "abc".startswith(T(("x", "a"))), "abc".endswith((S("c"),)), S("abc").endswith(S("abc")))
for call in [lambda: "a".startswith(1), lambda: "a".endswith(("a", 1)), lambda: "a".startswith(["a"]),
             lambda: "a".endswith(), lambda: "a".startswith("a", "b"), lambda: "a".endswith("a", None, None),
             lambda: "a".startswith(T((1,))), lambda: "a".endswith(T(()))]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
