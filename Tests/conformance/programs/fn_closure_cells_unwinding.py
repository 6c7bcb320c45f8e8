# Frames that own closure cells: exceptions, recursion limits and finally unwinding through them.
def outer(n):
    x = n
    def inner():
        return x + (1 // (n - 3))
    return inner()
for i in range(6):
    try: print(outer(i))
    except ZeroDivisionError as e: print("zde", e)
def rec(n):
    y = n
    def g(): return y
    return rec(n + 1) + g()
try: rec(0)
except RecursionError as e: print("rec", e)
print(sorted([3, 1, 2], key=lambda v: (lambda: v)()))
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
f = counter()
print(f(), f(), f())
def deep(k):
    z = k
    if k == 0:
        raise ValueError("bottom")
    def h(): return z
    try:
        return deep(k - 1) + h()
    finally:
        z = -1
try:
    deep(50)
except ValueError as e:
    print("ve", e)
print(list(map(lambda a: [b * a for b in range(3)], range(3))), outer(10))
