# eval and exec with and without namespaces
print(eval("1 + 2"))
print(eval("  3 * 4"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("len(s)", {"s": "abc"}))
print(eval("a * b", {"a": 3}, {"b": 5}))
print(eval("[i * i for i in range(4)]"))
ns = {}
exec("z = 10\ndef f(n):\n    return n + z\n", ns)
print(ns["z"], ns["f"](5))
ns["z"] = 100
print(ns["f"](5))
print(sorted(k for k in ns if k != "__builtins__"))
print("__builtins__" in ns)
print(exec("1 + 1"))
g = {"total": 0}
for k in range(5):
    exec("total += k", g, {"k": k})
print(g["total"])
code = "result = [w.upper() for w in words]"
d = {"words": ["a", "bc"]}
exec(code, d)
print(d["result"])
print(eval(b"2 ** 10"))
loc = {}
exec("class P:\n    v = 3\n    def m(self):\n        return self.v * 2\np = P()\n", {}, loc)
print(loc["p"].m(), type(loc["p"]).__name__)
print(eval("(lambda q: q * 2)(21)"))
print(eval("sum(x for x in range(10))"))
print(eval("__name__", {}))
try:
    eval("len('ab')", {"__builtins__": {}})
except NameError as e:
    print("sandboxed:", e)
print(eval("abs(x)", {"__builtins__": {"abs": abs}, "x": -3}))
s = "exec(s)"
try:
    exec(s)
except RecursionError as e:
    print("RE", e)
