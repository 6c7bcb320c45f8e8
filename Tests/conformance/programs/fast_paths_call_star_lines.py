# f(*x) alone is passed to the call as is: its error carries the call's line, as in CPython.
def f(*a, **k):
    return (a, k)
print(f(
    *(1, 2)), f(
    *[3]))
f(
    *7)
