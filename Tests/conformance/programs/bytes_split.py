# split and rsplit: by a separator or by ASCII whitespace, with maxsplit.
s = b'  the quick\tbrown\n\x0bfox\x0c  '
print(s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=0))
print(b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 1), b'a,b,,c'.split(b',', maxsplit=1), b''.split(b','))
print(b''.split(), b'   '.split(), b'a'.split(b'a'), b'aXXbXXc'.split(b'XX'), b'aaa'.split(b'a'), b'aaa'.rsplit(b'aa'))
print(b'a\x1cb\x85c d'.split(), b'x y'.split(sep=None), b'1-2-3'.rsplit(b'-', -1), b'a b'.split(None, -5))
print(b'a.b'.split(bytearray(b'.')), bytearray(b'x y').split(), bytearray(b'1,2').rsplit(b','))
class I:
    def __index__(self):
        return 1
print(b'a b c'.split(None, I()), b'a b c'.rsplit(maxsplit=I()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b'a'.split('a'))
t(lambda: b'a'.split(b''))
t(lambda: b'a'.rsplit(bytearray()))
t(lambda: b'a'.split(1))
t(lambda: b'a'.split(b'a', 'x'))
t(lambda: b'a'.split(None, 1.5))
t(lambda: b'a'.split(x=1))
t(lambda: b'a'.split(1, 2, 3))
t(lambda: b'a'.split(b'b', maxsplit=2 ** 70))
