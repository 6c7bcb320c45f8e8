import collections
x = collections.deque()
for i in range(100000):
    x = collections.deque([x])
print(repr(x)[:6])
