import itertools
print(''.join(itertools.repeat('x')))
