# Deeply nested containers and closure chains must be released without native recursion.
a = []
for i in range(100000):
    a = [a]
t = ()
for i in range(100000):
    t = (t,)
d = {}
for i in range(100000):
    d = {'k': d}
f = lambda: 0
for i in range(100000):
    f = (lambda g: lambda: g)(f)
def h(x=None):
    return x
for i in range(100000):
    def h(x=h):
        return x
try:
    repr(d)
except RecursionError as e:
    print('repr:', e)
del a, t, d, f, h
print('released')
