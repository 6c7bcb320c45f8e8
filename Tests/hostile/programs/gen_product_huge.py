import itertools
print(len(list(itertools.product(range(10), repeat=50))))
