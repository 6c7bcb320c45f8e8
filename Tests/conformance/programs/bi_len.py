print(len(''), len('abc'), len('héllo'), len([]), len([1, [2, 3]]), len((1,)))
print(len({}), len({'a': 1, 'b': 2}), len(set()), len({1, 2, 2}), len(range(0, 100, 7)))
print(len('\n'), len(' ' * 1000), len([None] * 7), len({}.keys()), len({1: 2}.items()))
d = {'a': 1}
print(len(d.values()), len(str(2 ** 100)), len(repr('x')))
