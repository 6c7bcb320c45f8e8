def f(*args):
    return args
print(f(), f(1), f(1, 'two', [3]))
def g(first, *rest):
    print(first, rest)
g(1)
g(1, 2, 3)
def h(**kw):
    return kw
print(h(), h(a=1, b=2), h(z=0, y=1))
def every(a, b=2, *args, c, d=4, **kw):
    print(a, b, args, c, d, kw)
every(1, c=3)
every(1, 2, 3, 4, c=5, d=6, e=7, f=8)
every(*[10, 20, 30], **{'c': 'C', 'x': 'X'})
def total(*nums, start=0):
    s = start
    for n in nums:
        s += n
    return s
print(total(1, 2, 3), total(1, 2, start=10), total())
