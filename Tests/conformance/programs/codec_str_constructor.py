# str(object, encoding, errors) decodes bytes; str(object) alone is the repr of bytes.
print(str(b'abc'), str(bytearray(b'x')), str(b'abc', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(b'\xe9', 'latin-1'))
print(str(b'ab\xff', 'utf-8', 'replace'), str(b'ab\xff', errors='ignore'), str(bytearray(b'\xe2\x82\xac'), 'utf-8'))
print(str(object=b'k'), str(object=b'k', encoding='ascii'), str(b'', 'nope'), str(b'x', encoding='UTF8'), str())
print(repr(str(b'\\x')), len(str(b'abc')), str(b'a\nb', 'ascii').splitlines(), str(encoding='utf-8', object=b'q'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: str('a', 'ascii'))
t(lambda: str(1, 'ascii'))
t(lambda: str([1], errors='strict'))
t(lambda: str(b'x', 5))
t(lambda: str(b'x', 'ascii', 5))
t(lambda: str(b'abc', 'ascii', 'strict', 1))
t(lambda: str(b'x', bogus=1))
t(lambda: str(b'\xff', 'ascii'))
t(lambda: str(b'\xff', 'utf-8'))
t(lambda: str(b'x', 'unknown-codec'))
t(lambda: str(encoding='ascii'))
