xs = [1, 'two', 3.0, None, [5]]
print(*xs)
print(*xs, sep=', ')
print(*xs, sep='')
print(*xs, sep=' | ', end=' <end>\n')
print(*[], sep='x')
print(*'abc', sep='-')
print(*range(5), sep='\n')
print(*(f'{k}={v}' for k, v in {'a': 1, 'b': 2}.items()), sep='&')
print('start', *xs[:2], 'stop', sep=':')
print(*[[1, 2], (3,)], sep=None, end=None)
print(*xs, sep=None)
try:
    print(*xs, sep=5)
except TypeError as e:
    print('TypeError', e)
