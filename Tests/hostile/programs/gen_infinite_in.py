import itertools
print(-1 in itertools.count())
