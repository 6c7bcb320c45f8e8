data = {'list': [1, 2.5, 'three', None], 'tuple': (1,), 'empty': ((), [], {}), 'nested': {'a': {'b': {'c': [True]}}}}
print(data)
print(repr(data) == str(data), [data['nested']])
print([[[[]]]], (((1,),),), [{'k': ('v', ['w'])}], ([], {}), ('a', "b'c", 'd"e'))
print(['\n', '\t', '\\', "'", '"', 'é', '\x00'])
print({1: [2, {3: (4, [5])}]}, [1e16, 1e-5, -0.0, 0.1, float('inf')], [set(), {1}])
print(str(['a']), repr(['a']), str(('a',)), str({'a': 'b'}), f'{["x"]}', '%s' % [['y']])
