# User classes next to bytes: __bytes__, __index__, __eq__, reflected operators, __contains__.
class Tag:
    def __init__(self, name):
        self.name = name
    def __bytes__(self):
        return self.name.encode()
    def __eq__(self, other):
        return isinstance(other, bytes) and other == bytes(self)
    def __radd__(self, other):
        return other + b'<' + bytes(self) + b'>'
    def __rmod__(self, other):
        return 'rmod'
class Byte:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
t = Tag('div')
print(bytes(t), b'div' == t, t == b'div', b'span' == t, b'x' + t, b'ab' * Byte(2), b'<%s>' % t, 5 % t)
print(bytes([Byte(104), Byte(105)]), Byte(104) in b'hi', b'hi'[Byte(1)], bytearray(Byte(2)), b'%c' % Byte(65))
class Seq:
    def __iter__(self):
        return iter([1, 2, 3])
    def __contains__(self, item):
        return item == b'secret'
print(bytes(Seq()), bytearray(Seq()), b''.join([bytes(Tag('a')), bytes(Tag('b'))]), b'secret' in Seq(), b'x' in Seq())
ba = bytearray(b'abc')
ba[Byte(0)] = Byte(65)
ba[Byte(1):Byte(2)] = [Byte(66)]
print(ba, ba.pop(Byte(0)), ba)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b'x' < Tag('x'))
t(lambda: bytes([Byte(300)]))
t(lambda: Byte(1) + b'x')
t(lambda: b'no conversions' % Tag('x'))
