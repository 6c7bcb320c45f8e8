print(list(enumerate('abc')), list(enumerate('abc', 1)), list(enumerate([], 5)), list(enumerate('ab', start=-1)))
print(list(zip()), list(zip([1, 2, 3], 'ab')), list(zip('abc', 'de', [1, 2, 3])), list(zip([1])))
keys = ['x', 'y']
vals = [10, 20, 30]
print(dict(zip(keys, vals)))
pairs = list(zip(keys, vals))
a, b = zip(*pairs)
print(a, b)
for i, (k, v) in enumerate(zip(keys, vals)):
    print(i, k, v)
e = enumerate(['p', 'q'])
print(next(e), next(e), next(e, 'done'))
try:
    zip(1, 2)
except TypeError as err:
    print(err)
