# deeply nested source handed to eval, and eval inside deep Python recursion
def deep(n):
    if n == 0:
        return eval("(" * 150 + "1" + ")" * 150)
    return deep(n - 1)
print(deep(300))
eval("[" * 100000 + "]" * 100000)
