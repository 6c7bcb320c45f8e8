# center, ljust, rjust, zfill, expandtabs.
print(b'abc'.center(8, b'*'), b'abc'.center(6, b'*'), b'ab'.center(5), b'abc'.center(2), b'abc'.center(-1))
print(b'ab'.ljust(5, b'-'), b'ab'.rjust(5), b'ab'.ljust(1), b'x'.rjust(4, bytearray(b'0')), bytearray(b'a').center(3))
print(b'42'.zfill(5), b'-42'.zfill(6), b'+7'.zfill(4), b'+'.zfill(3), b''.zfill(2), b'abc'.zfill(-5), b'-'.zfill(1))
print(bytearray(b'-1').zfill(4), b'a\tb\tc'.expandtabs(), b'a\tbc\td\n\te'.expandtabs(4), b'\tx'.expandtabs(0))
print(b'ab\r\tc'.expandtabs(3), b'x\t'.expandtabs(tabsize=2), bytearray(b'\t').expandtabs(1), b'\t'.expandtabs(-1))
class W:
    def __index__(self):
        return 6
print(b'ab'.center(W(), b'.'), b'ab'.zfill(W()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b'a'.center(5, 'x'))
t(lambda: b'a'.center(5, b'xy'))
t(lambda: b'a'.ljust(3, b''))
t(lambda: b'a'.rjust(3, 5))
t(lambda: b'a'.center())
t(lambda: b'a'.center(1, b'x', 3))
t(lambda: b'a'.center(width=1))
t(lambda: b'a'.center('5'))
t(lambda: b'a'.center(2 ** 70))
t(lambda: b'a'.zfill())
t(lambda: b'a'.zfill('a'))
t(lambda: b'a'.zfill(width=3))
t(lambda: b'a'.expandtabs('a'))
t(lambda: b'a'.expandtabs(1, 2))
