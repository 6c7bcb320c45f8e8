# `in` on bytes: an int byte or a bytes-like subsequence.
b = b'hello world'
print(b'ell' in b, b'xyz' in b, b'' in b, b'' in b'', 104 in b, 0 in b, True in b'\x01', False in b)
print(bytearray(b'lo w') in b, b'lo' in bytearray(b'hello'), 111 in bytearray(b'o'), b'hello world!' in b)
print(b'o' not in b, 255 in b'\xff', b'\x00' in b'a\x00b', b.__contains__(108), b.__contains__(b'wor'))
class I:
    def __index__(self):
        return 104
print(I() in b)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: 'h' in b)
t(lambda: 256 in b)
t(lambda: -1 in b)
t(lambda: 2 ** 100 in b)
t(lambda: 1.5 in b)
t(lambda: None in bytearray(b'x'))
t(lambda: [104] in b)
t(lambda: b'h' in 'hello')
t(lambda: b'h' in ['h'])
print(b'h' in [b'h'], bytearray(b'h') in [b'h'], b'h' in (bytearray(b'h'),), b'a' in {b'a': 1})
