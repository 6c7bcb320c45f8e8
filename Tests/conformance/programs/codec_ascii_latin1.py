# The ascii and latin-1 codecs, under their CPython aliases.
print('abc'.encode('ascii'), 'abc'.encode('us-ascii'), 'abc'.encode('ASCII'), 'x'.encode('646'), b'abc'.decode('ascii'))
print('é'.encode('latin-1'), 'é'.encode('latin1'), 'é'.encode('iso-8859-1'), 'é'.encode('L1'), 'ÿ'.encode('iso8859_1'))
print(bytes(range(250, 256)).decode('latin-1'), b'\xe9t\xe9'.decode('latin_1'), b'\x80'.decode('latin-1') == '\x80')
print(''.join(chr(i) for i in range(256)).encode('latin-1') == bytes(range(256)), bytes(range(256)).decode('latin-1')[65:70])
for enc in ['ascii', 'latin-1']:
    for s in ['\xe9', '\xe9\xe9x', 'ab\u20acc', '\U0001f600', 'x\u0100\u0101y\u0102']:
        try:
            print(s.encode(enc))
        except UnicodeEncodeError as e:
            print(e)
            print(' ', e.encoding, repr(e.object), e.start, e.end, e.reason)
for b in [b'\xff', b'ab\x80\x81', bytearray(b'\xc3\xa9')]:
    try:
        print(b.decode('ascii'))
    except UnicodeDecodeError as e:
        print(e, e.start, e.end)
'\u20ac'.encode('latin-1')
