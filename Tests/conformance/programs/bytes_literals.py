# bytes literals: prefixes, escapes, raw, adjacent concatenation, triple quotes.
print(b'abc', B'abc', rb'a\nb', Rb'\x00', bR'\\', br'\'')
print(b'\x00\x01\x7f\x80\xff', b'\n\r\t\a\b\f\v\0', b'\101\102\7', b'\\', b'\'"')
print(b'a' b'b' B"c", b'''tri
ple''', b"""x'y"z""")
print(b'\N{DASH}', b'\u1234', len(b'\u1234'), b'\q', len(b'\q'))
print(b'', b"", bytes(), b'' == bytes(), len(b''), type(b''))
x = b'line1\
line2'
print(x, len(x))
print([b'\x41', b'\x4a\x4B', b'\o', b'\8'])
print(b'%' b'{}', b'{x}', rb'\d+\s*', len(rb'\d+'))
