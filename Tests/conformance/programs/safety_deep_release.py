# Deeply nested containers must be released without native recursion.
a = []
for i in range(50000):
    a = [a]
t = ()
for i in range(50000):
    t = (t,)
d = {}
for i in range(50000):
    d = {'k': d}
try:
    repr(d)
except RecursionError as e:
    print('repr:', e)
del a, t, d
print('released')
