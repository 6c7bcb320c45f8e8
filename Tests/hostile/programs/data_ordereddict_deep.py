import collections
x = collections.OrderedDict()
for i in range(50000):
    x = collections.OrderedDict(k=x)
print(repr(x)[:12])
