import itertools
print(tuple(itertools.cycle([1, 2])))
