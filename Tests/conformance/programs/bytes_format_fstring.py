# bytes in f-strings, format(), str(), print and repr.
b = b'data'
ba = bytearray(b'\x00x')
print(b, ba)
print(f'{b}', f'{b!r}', f'{b!s}', f'{b!a}', f'{ba}', f'{b"\xff"!r}' if False else f'{b[0]}', f'{b[1:]}')
print(format(b), format(ba, ''), str(b), str(ba), repr(ba), '{}'.format(b), '{0!r:>12}'.format(b))
print(f'{b!r:>10}|', f'{len(b):03d}', f'{b.hex()}', f'{b.decode():^8}|', str(b, 'ascii'))
print(b, sep='-', end='|\n')
print(b, ba, b'', sep=' / ')
print(ascii(b'\xe9'), ascii(bytearray(b'\n')), repr(b'\x7f'), repr(b'~'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: f'{b:>10}')
t(lambda: format(b, 's'))
t(lambda: '{:x}'.format(ba))
t(lambda: ''.join([b'a']))
t(lambda: 'x'.join(['a', b'b']))
t(lambda: 'abc'.startswith(b'a'))
t(lambda: 'abc'.find(b'a'))
t(lambda: 'abc'.split(b'a'))
t(lambda: b'a' in 'abc')
t(lambda: 'a' + b'b')
