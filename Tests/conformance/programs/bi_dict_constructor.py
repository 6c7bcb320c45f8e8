print(dict(), dict(a=1, b=2), dict([('x', 1), ('y', 2)]), dict([(1, 'one'), [2, 'two']]))
base = {'a': 1}
print(dict(base, b=2), dict(base, a=99), dict(zip('abc', range(3))))
print(dict({'k': 'v'}), dict([]), dict(((1, 2), (3, 4))), dict(['ab', 'cd']))
c = dict(base)
c['z'] = 0
print(base, c)
try:
    dict([1, 2])
except TypeError as e:
    print(e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
