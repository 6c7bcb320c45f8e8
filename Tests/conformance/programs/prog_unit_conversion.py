# A unit conversion system: quantities with units, classmethod constructors, arithmetic, errors.
class UnitError(Exception):
    pass

class Quantity:
    units = {}
    base = None

    def __init__(self, value, unit=None):
        unit = unit or self.base
        if unit not in self.units:
            raise UnitError('unknown %s unit %r' % (type(self).__name__.lower(), unit))
        self.value, self.unit = value, unit

    @classmethod
    def parse(cls, text):
        number, _, unit = text.strip().partition(' ')
        try:
            value = float(number) if '.' in number else int(number)
        except ValueError:
            raise UnitError('bad number %r in %r' % (number, text)) from None
        return cls(value, unit)

    def to_base(self):
        return self.value * self.units[self.unit]

    def to(self, unit):
        if unit not in self.units:
            raise UnitError('cannot convert %s to %r' % (type(self).__name__, unit))
        return type(self)(self.to_base() / self.units[unit], unit)

    def _coerce(self, other):
        if type(other) is not type(self):
            raise UnitError('cannot combine %s with %s' % (type(self).__name__, type(other).__name__))
        return other.to(self.unit).value

    def __add__(self, other):
        return type(self)(self.value + self._coerce(other), self.unit)

    def __sub__(self, other):
        return type(self)(self.value - self._coerce(other), self.unit)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return type(self)(self.value * k, self.unit)

    __rmul__ = __mul__

    def __eq__(self, other):
        return type(other) is type(self) and abs(self.to_base() - other.to_base()) < 1e-9

    def __lt__(self, other):
        return self.to_base() < self._coerce(other) * self.units[self.unit]

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, round(self.value, 6), self.unit)

    def __format__(self, spec):
        return format(self.value, spec) + ' ' + self.unit

class Length(Quantity):
    base = 'm'
    units = {'m': 1, 'cm': 0.01, 'mm': 0.001, 'km': 1000, 'in': 0.0254, 'ft': 0.3048}

class Mass(Quantity):
    base = 'kg'
    units = {'kg': 1, 'g': 0.001, 'lb': 0.45359237}

class Temperature(Quantity):
    base = 'C'
    units = {'C': None, 'F': None, 'K': None}
    def to_base(self):
        match self.unit:
            case 'C':
                return self.value
            case 'F':
                return (self.value - 32) * 5 / 9
            case 'K':
                return self.value - 273.15
    def to(self, unit):
        c = self.to_base()
        match unit:
            case 'C':
                return Temperature(c, 'C')
            case 'F':
                return Temperature(c * 9 / 5 + 32, 'F')
            case 'K':
                return Temperature(c + 273.15, 'K')
        raise UnitError('cannot convert Temperature to %r' % (unit,))

print(Length(5, 'km').to('m'), Length(12, 'in').to('cm'), Length(1, 'ft').to('in'))
print(Length.parse('2.5 km') + Length.parse('300 m'), Length(1, 'm') - Length(20, 'cm'))
print(3 * Length(2, 'ft'), Length(2, 'ft') * 0.5, Mass(1, 'lb').to('g'))
print(Length(100, 'cm') == Length(1), Length(1, 'in') < Length(3, 'cm'))
print(sorted([Length(1, 'km'), Length(5, 'm'), Length(30, 'ft'), Length(2000, 'mm')]))
print('%s | %s' % (format(Length(3.14159, 'm'), '.2f'), f'{Mass(2.5, "kg"):>8.3f}'))
for t in ['100 C', '212 F', '0 K', '-40 F']:
    q = Temperature.parse(t)
    print(t, '->', q.to('C'), q.to('F'), q.to('K'))
for bad in [lambda: Length(1, 'parsec'), lambda: Length(1) + Mass(1), lambda: Mass.parse('ten kg'),
            lambda: Length(2).to('kg'), lambda: Temperature(5).to('R'), lambda: Length(1) * Length(2)]:
    try:
        print(bad())
    except (UnitError, TypeError) as e:
        print(type(e).__name__, e)
Mass.parse('12 stone')
