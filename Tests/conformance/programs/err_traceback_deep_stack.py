def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    if n > 2:
        return {}[n]
    return c(n + 1)
print(a(0))
