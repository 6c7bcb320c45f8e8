# Case methods and character tests use ASCII rules only.
s = b'hello World  fooBAR 3rd x-y \xe9\xc9'
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print(b"they're bill's".title(), b'HELLO'.capitalize(), b''.upper(), b'123abc'.title(), b'a1b2'.title())
print(bytearray(b'MiXeD').swapcase(), bytearray(b'x').upper(), type(bytearray(b'a').lower()).__name__)
for t in [b'', b'abc', b'ABC', b'Abc', b'abc1', b'123', b' \t\n', b'\x0b\x0c\r', b'\x1c', b'Hello World',
          b'Hello world', b'HELLO', b'a B', b'\xe9', b'A1', b'1a', b'\x7f']:
    print(t, t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.islower(), t.isupper(), t.istitle(), t.isascii())
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b'x'.upper(1))
t(lambda: b'x'.title(x=1))
t(lambda: bytearray(b'x').isdigit(1))
t(lambda: b'x'.isascii(None))
