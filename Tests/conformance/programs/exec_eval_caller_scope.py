# eval/exec without dicts see the caller's globals and locals
counter = 1
print(eval("counter + 1"))
exec("counter = counter + 41")
print(counter)
exec("fresh_name = 'made by exec'")
print(eval("fresh_name"))

def use_locals(a, b):
    c = a * b
    return eval("a + b + c")
print(use_locals(2, 3))

def exec_does_not_bind_locals():
    v = 1
    exec("v = 2")
    return v
print(exec_does_not_bind_locals())

def closure_values():
    outer = 5
    def inner():
        return eval("outer * 2")
    return inner()
try:
    print(closure_values())
except NameError as e:
    print("NameError", e)

exec("def later():\n    return late_global * 3\n")
late_global = 7
print(later())

def reads_global():
    return eval("counter")
print(reads_global())

def nested_exec():
    exec("inner_val = 9\nprint(inner_val + 1)")
nested_exec()

items = []
exec("for i in range(3):\n    items.append(i * 10)")
print(items)

class Box:
    pass
exec("b = Box()\nb.x = 4")
print(b.x, type(b).__module__)
exec("class Made:\n    pass\nm = Made()")
print(repr(m).split(" at ")[0])
