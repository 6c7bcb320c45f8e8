# compile() returns code objects that exec and eval run
c = compile("a + 1", "<expr>", "eval")
print(type(c).__name__)
print(eval(c, {"a": 41}))
print(eval(c, {"a": 1}))
s = compile("out.append(n * 2)", "<stmt>", "exec")
out = []
for n in range(4):
    exec(s)
print(out)
print(eval(s) is None)
print(exec(c, {"a": 1}))
print(repr(c).startswith("<code object <module> at 0x"), repr(c).endswith('file "<expr>", line 1>'))
single = compile("x = 3", "<single>", "single")
g = {}
exec(single, g)
print(g["x"])
print(compile(c, "<again>", "eval") is c)
