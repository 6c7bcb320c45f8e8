# NamedTuple's functional form, methods and properties in the class body, subclassing.
from typing import NamedTuple

Employee = NamedTuple('Employee', [('name', str), ('id', int)])
e = Employee('ann', 7)
print(e, Employee._fields, Employee.__annotations__, e._asdict())
Pixel = NamedTuple('Pixel', r=int, g=int)
print(Pixel(1, 2), Pixel._fields)

class Money(NamedTuple):
    amount: int
    currency: str = 'EUR'

    @property
    def text(self): return '%d %s' % (self.amount, self.currency)

    def __str__(self): return self.text

    @classmethod
    def zero(cls): return cls(0)
m = Money(5)
print(m, repr(m), Money.zero(), str(Money(3, 'USD')), m.text)

class Priced(Money):
    def doubled(self): return self._replace(amount=self.amount * 2)

pr = Priced(4)
print(repr(pr), pr.doubled(), type(pr.doubled()).__name__, Priced.__mro__[1].__name__)
for bad in ('_hidden', 'dup'):
    try:
        if bad == '_hidden':
            class H(NamedTuple):
                _x: int
        else:
            class D(NamedTuple):
                x: int
                def _asdict(self):
                    return {}
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
