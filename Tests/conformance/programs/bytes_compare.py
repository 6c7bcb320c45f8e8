# Comparisons: bytes and bytearray compare by content with each other; never equal to str.
print(b'abc' == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'x') == b'x', b'a' != b'b')
print(b'abc' == 'abc', 'abc' == b'abc', b'a' == 97, b'' == bytearray(), b'\x00' == b'', b'a' != 'a')
print(b'a' < b'b', b'a' < b'ab', b'ab' < b'b', b'' < b'\x00', b'\xff' > b'\x7f', b'abc' <= b'abc')
print(bytearray(b'a') < b'b', b'b' > bytearray(b'a'), b'x' >= bytearray(b'x'), bytearray(b'z') <= b'y')
print(sorted([b'b', bytearray(b'a'), b'c', b'', b'ab']), max(b'a', b'b'), min([bytearray(b'q'), b'p']))
print([b'a', b'b'] == [b'a', bytearray(b'b')], (b'x',) < (b'y',), b'a' in [bytearray(b'a')])
print(b'abc' < b'abd' < bytearray(b'abe'), b'B' < b'a', b'\x80' > b'\x7f\xff')
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b'a' < 'a')
t(lambda: 'a' < b'a')
t(lambda: b'a' < 1)
t(lambda: bytearray(b'a') > 'x')
t(lambda: b'a' <= None)
t(lambda: sorted([b'a', 'a']))
t(lambda: b'x' >= [1])
