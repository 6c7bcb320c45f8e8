# printf-style formatting of bytes: %s/%b take bytes-like objects, %r/%a give ascii().
print(b'%s and %b' % (b'spam', bytearray(b'eggs')), b'%5s|%-5s|%.1s' % (b'ab', b'cd', b'ef'))
print(b'%d %i %u %x %X %o %05d %+d % d' % (42, -3, 7, 255, 255, 8, 42, 5, 5), b'%c%c' % (65, b'B'))
print(b'%.2f %e %g %10.3f|%-8.2f|' % (1.5, 12345.678, 0.0001, -2.5, 3.14159), b'%%', b'%s%%' % b'x')
print(b'%r %a %r' % ('\xe9', b'x', [1, 'a']), b'%(k)s=%(v)d' % {b'k': b'key', b'v': 7}, b'%s' % (b'tuple',))
print(bytearray(b'%s-%s') % (b'a', b'b'), type(bytearray(b'%d') % 1).__name__, b'%*d|%-*d|' % (4, 1, 3, 2))
print(b'%.*f' % (2, 3.14159), b'%i' % 3.7, b'%x' % True, b'%#x %#o' % (255, 8), b'no args' % (), b'%s' % b'')
class B:
    def __bytes__(self):
        return b'custom'
print(b'[%s]' % B(), b'%5b' % b'r', b'%c' % 0, b'%c' % 255, b'%s' % memoryview(b'm') if False else b'-')
print('%s %r' % (b'x', bytearray(b'y')), 'ab' % b'x', '%s' % (b'x',), '%(a)s' % {'a': b'v'})
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b'%d' % 'x')
t(lambda: b'%s' % 'x')
t(lambda: b'%b' % 1)
t(lambda: b'%s %s' % (b'a',))
t(lambda: b'%s' % (b'a', b'b'))
t(lambda: b'%c' % 256)
t(lambda: b'%c' % -1)
t(lambda: b'%c' % 'a')
t(lambda: b'%c' % b'ab')
t(lambda: b'%y' % 1)
t(lambda: b'%(a)s' % {'a': 1})
t(lambda: b'%(a)s' % (1,))
t(lambda: b'%' % ())
t(lambda: b'%f' % b'x')
t(lambda: '%c' % b'x')
