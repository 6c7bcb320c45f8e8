# What % takes as a mapping: dicts and other subscriptable objects, never bytes for bytes formats.
print(b'%(name)s is %(age)d' % {b'name': b'Ann', b'age': 7}, b'%(x)r' % {b'x': 'q'}, b'%(a)s%(a)s' % {b'a': b'-'})
print(b'no fields' % [1], b'no fields' % {}, 'no fields' % b'x', 'no fields' % bytearray(b'y'), b'%s' % [1] if False else b'')
class Lookup:
    def __getitem__(self, key):
        return key * 2
    def keys(self):
        return []
print(b'%(ab)s' % Lookup(), '%(ab)s' % Lookup(), b'%%(x)s' % {})
empty_a, empty_b = b'x' * 0, b'xyz'[1:1]
print(empty_a is empty_b, bytes() is empty_a, bytearray() is bytearray(), b''.join([]) is empty_a)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b'%(x)s' % bytearray(b'x'))
t(lambda: b'%(x)s' % b'x')
t(lambda: b'a' % b'x')
t(lambda: b'a' % bytearray(b'x'))
t(lambda: '%(x)s' % b'x')
t(lambda: '%(x)s' % bytearray(b'x'))
t(lambda: b'%(a)s' % [1])
t(lambda: b'%(missing)s' % {b'other': 1})
t(lambda: b'%(k)s' % {'k': b'str key'})
t(lambda: b'%(k' % {b'k': 1})
