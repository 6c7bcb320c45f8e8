class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return '$%d' % (self.cents // 100)
        if spec == '':
            return str(self)
        return format(self.cents / 100, spec)
    def __str__(self):
        return 'Money(%d)' % self.cents

m = Money(12345)
print(format(m, 'short'), format(m, '.1f'), format(m))
print(f'{m:short} {m:>10.2f} {m}')
print('{:short} and {}'.format(m, m))
print('{0:.3f}'.format(m))

class NoFormat:
    pass
nf = NoFormat()   # one object: two would compare equal only if the allocator reused the address
print(format(nf, '') == str(nf) or 'differs')
try:
    format(NoFormat(), 'd')
except TypeError as e:
    print('TypeError', e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    f'{BadFormat()}'
except TypeError as e:
    print('TypeError', e)
