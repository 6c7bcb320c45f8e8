def f(n):
    return [n][n]
print(f(0))
(f)(0) + (
    f(1))
