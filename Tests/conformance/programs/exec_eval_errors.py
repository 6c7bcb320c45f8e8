# errors from eval/exec/compile, caught
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, "|", e)

show(lambda: eval("1 +"))
show(lambda: eval("x = 1"))
show(lambda: exec("for"))
show(lambda: exec("def f(:\n  pass"))
show(lambda: eval("undefined_name"))
show(lambda: exec("del nothing_here", {}))
show(lambda: eval(42))
show(lambda: exec(None))
show(lambda: eval("1", []))
show(lambda: exec("1", 5))
show(lambda: eval("1", {}, 3))
show(lambda: eval("1/0"))
show(lambda: compile("1", "f", "bad"))
show(lambda: exec("if x:\nprint(1)"))
show(lambda: eval("a\x00"))
try:
    eval("(1, 2")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, e.text)
try:
    compile("x = ", "myfile.py", "exec")
except SyntaxError as e:
    print(e.msg, "|", e.filename, e.lineno)
try:
    exec("def g():\n    return 1 / 0\ng()")
except ZeroDivisionError as e:
    print("caught", e)
