import itertools
print(len(list(itertools.repeat(0, 10 ** 20))))
