def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(990))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(500)
print(str(x).count('['))
