# partition, rpartition and splitlines.
s = b'key=value=more'
print(s.partition(b'='), s.rpartition(b'='), s.partition(b'x'), s.rpartition(b'x'), s.partition(bytearray(b'val')))
print(bytearray(b'a:b').partition(b':'), bytearray(b'abc').rpartition(b'x'), b''.partition(b'a'))
print(b'a\nb\r\nc\rd'.splitlines(), b'a\nb\r\nc\rd\n'.splitlines(True), b''.splitlines(), b'\n'.splitlines())
print(b'x\x0by\x0cz\x1cw\x85v'.splitlines(), b'one\n\ntwo'.splitlines(keepends=True), b'a\r'.splitlines(1))
print(bytearray(b'l1\nl2').splitlines(), b'a\nb'.splitlines(False), b'\r\n\r\n'.splitlines(True))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: s.partition('='))
t(lambda: s.partition(b''))
t(lambda: s.rpartition(bytearray()))
t(lambda: s.partition())
t(lambda: s.partition(b'a', 1))
t(lambda: b'a'.splitlines(1.5))
t(lambda: b'a'.splitlines(1, 2))
t(lambda: b'a'.splitlines(x=1))
t(lambda: b'a'.splitlines(2 ** 70))
