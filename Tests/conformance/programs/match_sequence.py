def shape(x):
    match x:
        case []:
            return 'empty'
        case [a]:
            return 'one: %r' % (a,)
        case [a, b]:
            return 'two: %r %r' % (a, b)
        case [0, *rest]:
            return 'starts with zero, rest %r' % (rest,)
        case [first, *middle, last]:
            return 'first %r middle %r last %r' % (first, middle, last)

for v in [[], [1], (1, 2), [0, 1, 2, 3], [5, 6, 7, 8], (9, 8, 7), range(3), [[1, 2]]]:
    print(repr(v), '->', shape(v))
for v in ['ab', b'ab', {'a': 1}, 5]:
    print(repr(v), '->', shape(v))
match [1, [2, 3]]:
    case [x, [y, z]]:
        print('nested', x, y, z)
match (1, 2, 3):
    case [*_, 3]:
        print('ends with 3')
match [1, 2]:
    case (a, b, *c):
        print('tuple syntax', a, b, c)
