import collections
d = collections.deque(range(10), maxlen=2 ** 62)
print(len(d))
