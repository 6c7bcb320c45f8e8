# UTF-8 decoding errors: CPython's positions and reasons, and the str() of the exception.
cases = [b'\xff', b'a\x80', b'a\xe4\xb8x', b'a\xe4\xb8', b'\xed\xa0\x80', b'\xc0\x80', b'\xe0\x80\x80',
         b'\xc2', b'\xc2x', b'\xf4\x90\x80\x80', b'\xf0\x8f\x80\x80', b'\xf0\x9f\x98', b'\xf5', b'ok\xfe\xffok',
         b'\xf0\x9f\x98x', b'\xe2\x82', bytearray(b'\x80abc')]
for c in cases:
    try:
        c.decode()
    except UnicodeDecodeError as e:
        print(e)
        print(' ', e.encoding, e.object, e.start, e.end, e.reason, type(e.object).__name__)
        print(' ', repr(e), e.args == (e.encoding, e.object, e.start, e.end, e.reason))
try:
    b'abc\xffdef'.decode('utf-8')
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeError), isinstance(e, UnicodeDecodeError), isinstance(e, UnicodeEncodeError))
b'\xff'.decode()
