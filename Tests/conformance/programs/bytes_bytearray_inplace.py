# += and *= change a bytearray in place; on bytes they rebind to a new object.
a = bytearray(b'ab')
alias = a
a += b'cd'
a += bytearray(b'e')
print(a, alias, a is alias)
a *= 2
print(a, alias is a)
a *= 0
print(a, alias)
b = b'ab'
keep = b
b += b'cd'
b *= 2
print(b, keep, b is keep)
class I:
    def __index__(self):
        return 3
c = bytearray(b'x')
c *= I()
print(c)
def t(f):
    try:
        f()
        print('ok')
    except Exception as e:
        print(type(e).__name__ + ':', e)
def iadd(x, y):
    x += y
def imul(x, y):
    x *= y
t(lambda: iadd(bytearray(b'a'), 'b'))
t(lambda: iadd(bytearray(b'a'), 5))
t(lambda: iadd(bytearray(b'a'), [1]))
t(lambda: iadd(b'a', 'b'))
t(lambda: imul(bytearray(b'a'), 'x'))
t(lambda: imul(bytearray(b'a'), 1.5))
t(lambda: imul(b'a', b'b'))
