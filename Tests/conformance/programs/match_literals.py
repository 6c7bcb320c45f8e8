def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 'hello':
            return 'greeting'
        case True:
            return 'true'
        case None:
            return 'none'
        case 2.5:
            return 'two and a half'
        case b'bytes':
            return 'bytes'
        case 1j:
            return 'imaginary'
        case _:
            return 'other: %r' % (x,)

for v in [0, 1, 3, -1, 'hello', True, None, 2.5, b'bytes', 1j, 1.0, False, 0.0, 'x', [], 4]:
    print(repr(v), '->', describe(v))
