print(list(), list('abc'), list((1, 2)), list(range(3)), list({'a': 1, 'b': 2}), list({3: 0}.items()))
print(tuple(), tuple('ab'), tuple([1, [2]]), tuple(range(2)), tuple({'x': 1}.values()))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b, a is b, list(a) == a)
print(list(map(str, [1, 2])), tuple(reversed('abc')), list(enumerate('xy')), list(zip('ab', [1, 2])))
print(list(iter([5, 6])), tuple(filter(None, [0, 1, '', 'a', None, [], [0]])))
