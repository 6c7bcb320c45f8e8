print('a b  c'.split(), ' lead trail '.split(), ''.split(), '   '.split())
print('a,b,,c'.split(','), 'a,b,c'.split(',', 1), 'a,b,c'.split(',', 0), ''.split(','), ','.split(','))
print('a::b::c'.split('::'), 'x y z'.split(' ', -1), 'one\ttwo\nthree'.split(), 'a b c'.split(None, 1))
print('a,b,c'.rsplit(',', 1), 'a b c'.rsplit(None, 1), '  a  b  '.rsplit(), 'abc'.rsplit('b'), 'aaa'.rsplit('a', 2))
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz'), ' '.join(['solo']), '|'.join(('1', '2')))
print('\n'.join(['l1', 'l2']))
print(''.join(reversed(['a', 'b'])), ','.join({'k': 1, 'j': 2}), ' + '.join(map(str, range(4))))
try:
    '-'.join(['a', 1])
except TypeError as e:
    print(e)
try:
    'abc'.split('')
except ValueError as e:
    print(e)
