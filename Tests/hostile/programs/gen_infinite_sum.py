import itertools
print(sum(itertools.repeat(1)))
