import itertools
print(list(itertools.islice('abc', 2 ** 62, None)), list(itertools.islice('abc', 0, 2 ** 62, 2 ** 62)))
