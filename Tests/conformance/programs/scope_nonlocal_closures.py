def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
inc2, get2 = counter()
print(inc2(), get())
def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x = x * 10
            return x
        return inner
    f = middle()
    f(); f()
    return x
print(outer())
def acc(start):
    total = [start]
    def add(v):
        total[0] += v
        return total[0]
    return add
a = acc(10)
print(a(1), a(2))
