def check(label, result):
    print('guard', label, '->', result)
    return result

for value in [1, 2, 3]:
    match value:
        case 1 if check('a', False):
            print('case a')
        case 1 | 2 if check('b', True):
            print('case b for', value)
        case n if check('c', n > 2):
            print('case c for', n)
x = 'before'
match [1, 2]:
    case [x, y] if y > 5:
        print('not taken')
    case _:
        print('x after failed guard:', x)
match 5:
    case n if n > 10:
        pass
    case n:
        print('second capture', n)
