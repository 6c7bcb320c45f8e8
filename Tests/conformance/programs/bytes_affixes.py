# startswith, endswith, removeprefix, removesuffix.
s = b'hello.py'
print(s.startswith(b'he'), s.startswith(b'x'), s.endswith(b'.py'), s.endswith((b'.c', b'.py')), s.startswith(()))
print(s.startswith(b'llo', 2), s.startswith(b'llo', 2, 4), s.endswith(b'hello', 0, 5), s.endswith(b'', 100))
print(s.startswith(bytearray(b'h')), bytearray(s).endswith(b'py'), s.startswith(b'', 8), s.startswith(b'', 9))
print(s.removeprefix(b'hello'), s.removesuffix(b'.py'), s.removeprefix(b'x'), s.removesuffix(b''), b''.removeprefix(b'a'))
print(bytearray(b'abc').removeprefix(b'a'), bytearray(b'abc').removesuffix(bytearray(b'bc')), s.startswith((b'a', b'h')))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: s.startswith('h'))
t(lambda: s.endswith(5))
t(lambda: s.startswith(['h']))
t(lambda: s.startswith((b'h', 'x')))
t(lambda: s.startswith(('x', b'h')))
t(lambda: s.startswith())
t(lambda: s.endswith(b'a', 1, 2, 3))
t(lambda: s.startswith(b'h', 'x'))
t(lambda: s.removeprefix('h'))
t(lambda: s.removeprefix())
t(lambda: s.removesuffix(b'a', 1))
