# Encoding names: CPython's normalisation and aliases, unknown names, empty input.
for name in ['utf-8', 'UTF8', 'utf_8', ' utf--8 ', 'U8', 'utf', 'Latin-1', 'LATIN1', 'iso-8859-1', 'iso_8859.1',
             'l1', 'latin', 'ascii', 'US-ASCII', 'us', 'cp367', 'utf8!', '-utf-8']:
    print(repr(name), 'é'.encode(name, 'replace'), b'\xc3\xa9'.decode(name, 'replace'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: 'x'.encode('nope'))
t(lambda: b'x'.decode('nope'))
t(lambda: b''.decode('nope'))
t(lambda: ''.encode('nope'))
t(lambda: 'x'.encode('utf.8'))
t(lambda: 'x'.encode(''))
t(lambda: bytes('x', 'no-such-codec'))
t(lambda: str(b'x', 'bogus'))
t(lambda: 'x'.encode(5))
t(lambda: 'x'.encode(errors=5))
t(lambda: 'x'.encode('utf-8', 'strict', 3))
t(lambda: 'x'.encode(x=1))
t(lambda: b'x'.decode(1))
t(lambda: b'x'.decode(encoding=5))
t(lambda: b'x'.decode('utf-8', 'strict', 1))
t(lambda: b'x'.decode(x=1))
print(isinstance(LookupError(), Exception), issubclass(UnicodeDecodeError, UnicodeError), UnicodeEncodeError.__mro__)
