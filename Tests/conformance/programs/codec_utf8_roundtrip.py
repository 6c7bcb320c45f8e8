# str.encode and bytes.decode with utf-8 (the default).
for s in ['', 'abc', 'café', '€uro', '日本語', '😀 smile', 'a\x00b', '\u07ff\u0800\uffff\U00010000\U0010ffff']:
    e = s.encode()
    print(repr(s), e, len(e), e.decode() == s, e.decode('utf-8') == s, str(e, 'utf-8') == s)
print('x'.encode('utf-8'), 'x'.encode(encoding='utf8'), 'é'.encode('UTF-8'), 'é'.encode('Utf_8'), 'é'.encode('u8'))
print(b'\xc3\xa9'.decode(), bytearray(b'\xe2\x82\xac').decode(), b'\xf0\x9f\x98\x80'.decode('utf8'), b''.decode())
print(type('a'.encode()).__name__, type(bytearray(b'a').decode()).__name__, 'é'.encode().hex(), len('😀'.encode()))
print(b'caf\xc3\xa9'.decode().upper(), 'naïve'.encode().split(b'\xc3'), '\n'.join(['a', 'b']).encode())
data = 'κόσμε'.encode()
print(data, data.decode(), [hex(b) for b in data[:4]], data[:2].decode())
print(str(b'abc', encoding='ascii'), str(b'ab\xff', errors='ignore'), str(object=b'ab'), str(b'x', 'utf-8', 'strict'))
