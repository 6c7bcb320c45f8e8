# repr of bytes and bytearray: CPython's quoting and escaping rules.
cases = [b'', b"'", b'"', b'\'"', b'it\'s', b'say "hi"', b'\\', b'\x00\x1f\x7f\x80\xfe',
         b'\t\n\r', b' ~', bytes(range(30, 40)), b"both ' and \" here"]
for c in cases:
    print(repr(c), str(c), ascii(c), len(repr(c)))
    print(repr(bytearray(c)))
print(b'x', bytearray(b'y'), [b'a', bytearray(b'b')], (b'\xff',), {b'k': bytearray()})
print(f'{b"abc"}', f'{b"abc"!r}', f'{b"abc"!s}', f'{b"abc"!a}', f'{bytearray(b"q")!r}')
print('%s %r' % (b'x', b'y'), '{} {!r}'.format(b'z', bytearray(b'w')), format(b'f'), str(bytearray()))
print(b'\xe9'.__repr__() if hasattr(b'', '__repr__') else repr(b'\xe9'))
