from fractions import Fraction
class Money(Fraction):
    def __str__(self):
        return '$%.2f' % float(self)
m = Money(5, 2)
print(repr(m), str(m), m.numerator, m.denominator, type(m).__name__, isinstance(m, Fraction))
print(repr(m + 1), type(m + 1).__name__, repr(m * m), repr(-m), repr(abs(m)), type(+m).__name__)
print(m == Fraction(5, 2), hash(m) == hash(Fraction(5, 2)), m < 3)
print(repr(Money.from_float(0.5)), type(Money.from_float(0.5)).__name__, repr(Money('1/3')))
print(repr(Fraction(m)), type(Fraction(m)).__name__, repr(Money(m, 2)))
class Tagged(Fraction):
    def __new__(cls, *args, tag='t', **kwargs):
        self = super().__new__(cls, *args, **kwargs)
        self.tag = tag
        return self
try:
    Tagged(1, 2, tag='x')
except AttributeError as e:
    print(type(e).__name__)
print(Fraction.__name__, Fraction.__module__, Fraction)
import fractions
print(fractions.__all__, fractions.Fraction is Fraction)
print(round(Money(7, 2)), int(Money(7, 2)), float(Money(7, 2)))
