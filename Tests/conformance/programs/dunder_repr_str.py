class Both:
    def __repr__(self):
        return 'Both(repr)'
    def __str__(self):
        return 'Both(str)'
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
class BadRepr:
    def __repr__(self):
        return 42
class BadStr:
    def __str__(self):
        return None

b = Both()
print(b, repr(b), str(b), [b], (b,), {'k': b})
print(f'{b} {b!r} {b!s}', '%s %r' % (b, b))
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
print('x' + str(b))
try:
    repr(BadRepr())
except TypeError as e:
    print('TypeError', e)
try:
    str(BadStr())
except TypeError as e:
    print('TypeError', e)
try:
    print(BadStr())
except TypeError as e:
    print('TypeError', e)
print(format(b), format(b, ''))
print([BadRepr()])
