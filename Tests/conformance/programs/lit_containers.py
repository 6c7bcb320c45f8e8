print([], (), {}, set(), [[]], ((),), [()])
print([1, 2, 3], (1,), (1, 2), {1: 'a', 2: 'b'}, {1, 2, 3})
print([1, 'two', 3.0, None, True, [4, (5, 6)], {7: 8}])
print((1, [2, 3], 'x'), ('a',), (('nested',),))
print({'k': [1, 2], 'j': {'x': (1,)}, 3: None})
d = {'b': 1, 'a': 2, 'c': 3}
print(d, list(d))
d2 = {1: 'one', 1.0: 'float one', True: 'bool one'}
print(d2)
print({'dup': 1, 'dup': 2})
t = 1, 2, 3
print(t, type(t), len(t))
print([1, 2, 3,], (1, 2,), {1: 2,})
print(repr([]), str(()), repr({}), repr(set()), str([1, 'a']))
