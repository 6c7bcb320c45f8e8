# + and * on bytes and bytearray; the result takes the left operand's type.
print(b'ab' + b'cd', b'' + b'', b'x' + bytearray(b'y'), bytearray(b'x') + b'y', bytearray() + bytearray())
print(b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -2, bytearray(b'ab') * 2, 2 * bytearray(b'z'), b'' * 5)
print(type(b'a' + bytearray(b'b')).__name__, type(bytearray(b'a') + b'b').__name__, b'x' * True)
class N:
    def __index__(self):
        return 2
print(b'ab' * N(), N() * bytearray(b'c'))
b = b'same'
print(b * 1 is b, b + b'' == b)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)
t(lambda: b'a' + 'x')
t(lambda: 'x' + b'a')
t(lambda: b'a' + 1)
t(lambda: 1 + b'a')
t(lambda: bytearray(b'a') + 'x')
t(lambda: bytearray(b'a') + 5)
t(lambda: [1] + b'a')
t(lambda: b'a' * 'x')
t(lambda: 'x' * b'a')
t(lambda: b'a' * 1.5)
t(lambda: b'a' * b'b')
t(lambda: [1] * b'a')
t(lambda: b'a' * 2 ** 70)
t(lambda: b'a' - b'a')
t(lambda: b'a' @ b'b')
t(lambda: -b'a')
t(lambda: ~bytearray())
