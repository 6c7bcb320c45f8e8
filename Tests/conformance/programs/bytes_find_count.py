# find, rfind, index, rindex and count: a bytes-like needle or one byte as an int.
s = b'hello world, hello'
print(s.find(b'o'), s.find(b'hello', 1), s.find(b'z'), s.find(b''), s.find(b'o', 5, 8), s.find(b'o', -5))
print(s.rfind(b'hello'), s.rfind(b'o'), s.rfind(b'z'), s.index(b'world'), s.rindex(b'l'), s.find(b'', 100))
print(s.find(111), s.rfind(104), s.index(119), s.count(108), s.count(b'l', 5), s.count(b'o', 0, 5), s.count(b''))
print(b'aaaa'.count(b'aa'), b'abc'.count(b'', 1), b'abc'.find(bytearray(b'c')), s.find(b'h', None, None))
print(bytearray(s).find(b'w'), bytearray(s).rindex(111), s.find(b'o', True), s.count(b'l', -100, 100))
class I:
    def __index__(self):
        return 101
print(s.find(I()), s.count(I()))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: s.index(b'xyz'))
t(lambda: s.rindex(b'q'))
t(lambda: bytearray(b'a').index(5))
t(lambda: s.find('o'))
t(lambda: s.count('o'))
t(lambda: s.find(256))
t(lambda: s.count(-1))
t(lambda: s.find(1.5))
t(lambda: s.find(b'o', 1.5))
t(lambda: s.count(b'o', 'x'))
t(lambda: s.find())
t(lambda: s.count(b'a', 1, 2, 3))
t(lambda: s.find(sub=b'o'))
t(lambda: s.index(b'o', 0, 2))
