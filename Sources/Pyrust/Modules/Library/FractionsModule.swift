// fractions, written in Python: Fraction, with CPython 3.11's construction rules, arithmetic,
// comparisons, hashing and error messages (which name the unreduced values CPython's
// algorithms reach, so the arithmetic below reduces in the same steps).
//
// Differences: pyrust has no `numbers` or `decimal` module, so "Rational" here means int (bool
// included) or Fraction, and from_decimal is refused; complex operands mix through complex(a) for + - * / and ==.
// CPython parses strings with a regular expression; _parse below accepts the same language
// (including its quirk of taking a run of d's as the decimal part, which int() then rejects).

extension LibrarySource {
    static let fractions = #"""
"""Fraction, a rational number class."""

import math

__all__ = ['Fraction']

_PyHASH_MODULUS = 2305843009213693951
_PyHASH_INF = 314159


def _digit_run(s, i, n):
    # End of the run of digits and underscores starting at i.
    while i < n and (s[i] in '0123456789_' or s[i].isdecimal()):
        i += 1
    return i


def _valid_digits(text, allow_empty):
    # digits, with single underscores between groups of them
    if not text:
        return allow_empty
    return text[0] != '_' and text[-1] != '_' and '__' not in text


def _parse(literal):
    # (sign, num, denom, decimal, exp) as the groups of CPython's pattern, or None.
    s = literal.strip()
    n = len(s)
    i = 0
    sign = ''
    if i < n and s[i] in '+-':
        sign = s[i]
        i += 1
    if not (i < n and (s[i].isdecimal() or (s[i] == '.' and i + 1 < n and s[i + 1].isdecimal()))):
        return None
    end = _digit_run(s, i, n)
    num = s[i:end]
    if not _valid_digits(num, True):
        return None
    i = end
    denom = decimal = exp = None
    if i < n and s[i] == '/':
        end = _digit_run(s, i + 1, n)
        denom = s[i + 1:end]
        if not _valid_digits(denom, False):
            return None
        i = end
    else:
        if i < n and s[i] == '.':
            i += 1
            if i < n and s[i] in 'dD':
                end = i
                while end < n and s[end] in 'dD':
                    end += 1
            else:
                end = _digit_run(s, i, n)
                if not _valid_digits(s[i:end], True):
                    return None
            decimal = s[i:end]
            i = end
        if i < n and s[i] in 'eE':
            start = i + 1
            end = start + 1 if start < n and s[start] in '+-' else start
            end = _digit_run(s, end, n)
            exp = s[start:end]
            if not _valid_digits(exp.lstrip('+-'), False):
                return None
            i = end
    if i != n:
        return None
    for c in s:
        if c > '\x7f' and c.isdecimal():
            raise NotImplementedError('non-ASCII digits in Fraction strings are not supported by pyrust yet')
    return sign, num, denom, decimal, exp


def _is_rational(x):
    return isinstance(x, (int, Fraction))


class Fraction:
    """A rational number: Fraction(3, 4), Fraction('3/4'), Fraction(0.75), Fraction('.75')."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError('argument should be a string or a Rational instance')
            parts = _parse(numerator)
            if parts is None:
                raise ValueError('Invalid literal for Fraction: %r' % numerator)
            sign, num, denom, decimal, exp = parts
            numerator = int(num or '0')
            if denom:
                denominator = int(denom)
            else:
                denominator = 1
                if decimal:
                    decimal = decimal.replace('_', '')
                    scale = 10 ** len(decimal)
                    numerator = numerator * scale + int(decimal)
                    denominator *= scale
                if exp:
                    exp = int(exp)
                    if exp >= 0:
                        numerator *= 10 ** exp
                    else:
                        denominator *= 10 ** -exp
            if sign == '-':
                numerator = -numerator
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError('both arguments should be Rational instances')
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f as a Fraction."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError('%s.from_float() only takes floats, not %r (%s)' % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        raise NotImplementedError('Fraction.from_decimal is not supported by pyrust yet (no decimal module)')

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents until the next would be too big.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semiconvergent = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic on exact values; a float operand makes a float result.

    def _add(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _sub(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _mul(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    def _div(a, b):
        na, da = a.numerator, a.denominator
        nb, db = b.numerator, b.denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def __add__(a, b):
        if _is_rational(b):
            return a._add(b)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        if _is_rational(a):
            return Fraction._add(a, b)
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        if _is_rational(b):
            return a._sub(b)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if _is_rational(a):
            return Fraction._sub(a, b)
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        if _is_rational(b):
            return a._mul(b)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if _is_rational(a):
            return Fraction._mul(a, b)
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        if _is_rational(b):
            return a._div(b)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if _is_rational(a):
            return Fraction._div(a, b)
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        if _is_rational(b):
            return a._floordiv(b)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _is_rational(a):
            return Fraction._floordiv(a, b)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        if _is_rational(b):
            return a._divmod(b)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _is_rational(a):
            return Fraction._divmod(a, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        if _is_rational(b):
            return a._mod(b)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _is_rational(a):
            return Fraction._mod(a, b)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a.numerator // a.denominator

    def __ceil__(a):
        return -(-a.numerator // a.denominator)

    def __round__(self, ndigits=None):
        """round(self) rounds half to even; round(self, n) gives a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self.numerator, self.denominator)
            if remainder * 2 < self.denominator:
                return floor
            if remainder * 2 > self.denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return int(a.numerator) / int(a.denominator)

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        # CPython's numeric hash: equal to the hash of an equal int or float.
        try:
            dinv = pow(self._denominator, -1, _PyHASH_MODULUS)
        except ValueError:
            hash_ = _PyHASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, complex):
            return b.imag == 0 and a == b.real
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other):
        # (left, right) standing for self and other in a comparison, or None.
        if _is_rational(other):
            return self._numerator * other.denominator, self._denominator * other.numerator
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return 0.0, other
            return self, self.from_float(other)
        return None

    def __lt__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __gt__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __le__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __ge__(a, b):
        pair = a._compare(b)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
"""#
}
