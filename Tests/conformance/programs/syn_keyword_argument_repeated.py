def f(**k):
    return k
print(f(a=1, b=2))
f(x=0, b=1, c=2, b=3)
