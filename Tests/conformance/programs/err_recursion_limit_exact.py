def probe(n):
    try:
        return probe(n + 1)
    except RecursionError:
        return n
print(probe(1))
def f(n):
    return n if n == 0 else f(n - 1)
print(f(998))
f(999)
