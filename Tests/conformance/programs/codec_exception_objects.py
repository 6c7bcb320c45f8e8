# UnicodeDecodeError / UnicodeEncodeError made by hand: arguments, attributes, str() and repr().
d = UnicodeDecodeError('utf-8', b'abc', 1, 3, 'oops')
print(d, repr(d), d.args, d.encoding, d.object, d.start, d.end, d.reason)
d1 = UnicodeDecodeError('utf-8', bytearray(b'ab'), 0, 1, 'bad')
print(d1, type(d1.object).__name__)
e = UnicodeEncodeError('ascii', 'a\u20ac', 1, 2, 'oops')
print(e, repr(e), e.object, e.start, e.end)
print(UnicodeEncodeError('ascii', 'abc', 0, 2, 'two'), UnicodeEncodeError('latin-1', '\xe9', 0, 1, 'one'))
print(UnicodeEncodeError('x', '\U0001f600', 0, 1, 'astral'), UnicodeDecodeError('x', b'\x00', 0, 1, 'nul'))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: UnicodeDecodeError('utf-8'))
t(lambda: UnicodeDecodeError(1, b'', 0, 1, 'x'))
t(lambda: UnicodeDecodeError('a', 'x', 0, 1, 'x'))
t(lambda: UnicodeDecodeError('a', b'x', 'a', 1, 'x'))
t(lambda: UnicodeDecodeError('a', b'x', 0, 1, 5))
t(lambda: UnicodeEncodeError('a', b'x', 0, 1, 'x'))
try:
    raise UnicodeDecodeError('ascii', b'\xff', 0, 1, 'ordinal not in range(128)')
except UnicodeError as err:
    print('caught', err, err.reason)
try:
    'naïve'.encode('ascii')
except ValueError as err:
    print(type(err).__name__, err.start, err.end, err.object[err.start:err.end])
raise UnicodeEncodeError('ascii', 'ab', 0, 2, 'custom reason')
