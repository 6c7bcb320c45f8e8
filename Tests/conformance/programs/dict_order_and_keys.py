d = {}
d[3] = 'c'; d[1] = 'a'; d[2] = 'b'
print(d)
d[1] = 'A'
print(d)
del d[3]
d[3] = 'C'
print(d)
m = {1: 'int', 1.0: 'float', True: 'bool', (1, 2): 'tuple', None: 'none', -1: 'neg', 'k': 'str'}
print(m, len(m), m[1.0], m[True], m[(1, 2)])
print({0: 'zero', False: 'false', 0.0: 'fzero'}, {2 ** 100: 'big'}[2 ** 100])
keys = {'b': 1, 'a': 2}
print(list(keys.keys()), list(keys.values()), {**keys, 'c': 3}, {**{'x': 1}, **{'x': 2}})
print({'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {1: 1} == {1.0: 1.0}, {} == {})
kv = {'b': 2, 'a': 1}
print('a' in kv.keys(), 1 in kv.values(), ('a', 1) in kv.items(), sorted(kv))
