# bytes in match: literal patterns, class patterns; sequence patterns never match bytes.
def kind(v):
    match v:
        case b'':
            return 'empty bytes'
        case b'GET' | b'POST':
            return 'method ' + v.decode()
        case bytes(x) if len(x) > 5:
            return f'long bytes {x!r}'
        case bytes():
            return 'other bytes'
        case bytearray(inner):
            return f'bytearray {inner!r}'
        case [a, b]:
            return f'pair {a} {b}'
        case [*items]:
            return f'sequence of {len(items)}'
        case str():
            return 'str'
        case _:
            return 'something else'
for v in [b'', b'GET', b'POST', b'abcdefg', b'ab', bytearray(b'xy'), bytearray(), 'ab', [1, 2], (1, 2, 3), 97, None]:
    print(repr(v), '->', kind(v))
match b'ab':
    case (97, 98):
        print('sequence matched')
    case _:
        print('no sequence match for bytes')
match bytearray(b'GET'):
    case b'GET':
        print('bytearray equals the literal')
match {'k': b'v'}:
    case {'k': b'v' as val}:
        print('mapping with bytes value', val)
match b'x':
    case 'x':
        print('str literal matched bytes')
    case b'x':
        print('bytes literal')
