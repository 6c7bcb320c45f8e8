// statistics, written in Python, with CPython 3.11's results.
//
// CPython sums the data exactly (each value as an integer ratio, added as fractions) and
// converts once at the end, so mean, variance and friends are correctly rounded; stdev and
// pstdev take a correctly rounded square root of the exact variance. The same is done here
// with integer arithmetic on (numerator, denominator) pairs. fmean, geometric_mean,
// covariance, correlation and linear_regression use math.fsum as CPython does.
// Not provided: NormalDist (raises NotImplementedError), Decimal data (no decimal module).

extension LibrarySource {
    static let statistics = #"""
"""Basic statistics of numeric (real-valued) data."""

import math
from fractions import Fraction
from bisect import bisect_left, bisect_right

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# ---- exact sums -------------------------------------------------------------------------

def _exact_ratio(x):
    # x as (numerator, denominator); a NaN or infinity as (x, None).
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    # The type a result over values of types T and S is given in.
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S) or issubclass(S, int):
        return T
    if issubclass(T, int):
        return S
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _result_type(types):
    T = int
    for S in types:
        T = _coerce(T, S)
    return T


def _reduced(n, d):
    g = math.gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    return n, d


def _ratio_total(partials, square_denominators=False):
    # The exact sum of numerator / denominator (squared when asked) over partials.
    total_n, total_d = 0, 1
    for d, n in partials.items():
        if square_denominators:
            d = d * d
        total_n, total_d = _reduced(total_n * d + n * total_d, total_d * d)
    return total_n, total_d


def _sum(data):
    # (T, total, count): total is a (numerator, denominator) pair, or a float when the data
    # holds a NaN or an infinity.
    count = 0
    types = []
    partials = {}
    for x in data:
        typ = type(x)
        if typ not in types:
            types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    if None in partials:
        total = partials[None]
    else:
        total = _ratio_total(partials)
    return _result_type(types), total, count


def _ss(data, c=None):
    # (T, sum of squared deviations, count) like _sum's; deviations from c, or from the
    # exact mean when c is None.
    if c is not None:
        T, ssd, count = _sum((x - c) * (x - c) for x in data)
        return T, ssd, count
    count = 0
    types = []
    sx = {}
    sxx = {}
    for x in data:
        typ = type(x)
        if typ not in types:
            types.append(typ)
        n, d = _exact_ratio(x)
        count += 1
        sx[d] = sx.get(d, 0) + n
        sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        ssd = (0, 1)
    elif None in sx:
        ssd = sx[None]
    else:
        a, b = _ratio_total(sx)
        p, q = _ratio_total(sxx, True)
        # (count * sxx - sx * sx) / count, exactly
        ssd = _reduced(count * p * b * b - a * a * q, q * b * b * count)
    return _result_type(types), ssd, count


def _divide(value, k):
    # value / k for a ratio or a float value
    if isinstance(value, tuple):
        return _reduced(value[0], value[1] * k)
    return value / k


def _convert(value, T):
    # The exact value (a ratio) or float value as a T, as CPython's _convert does.
    if not isinstance(value, tuple):
        return value if type(value) is T else T(value)
    n, d = value
    if T is Fraction:
        return Fraction(n, d)
    if issubclass(T, int) and d != 1:
        T = float
    if T is int:
        return n
    if T is float:
        return n / d
    return T(Fraction(n, d))


def _sqrt_of_ratio(value):
    # The correctly rounded float square root of an exact ratio.
    if not isinstance(value, tuple):
        raise AttributeError("'float' object has no attribute 'numerator'")
    n, m = value
    # Scale so the integer root has 2 * 53 + 3 bits, round it to odd, then let the final
    # int / int division round once.
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0:
        d = m << (2 * q)
        root = math.isqrt(n // d)
        root |= root * root * d != n
        return (root << q) / 1
    scaled = n << (-2 * q)
    root = math.isqrt(scaled // m)
    root |= root * root * m != scaled
    return root / (1 << -q)


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


# ---- averages ---------------------------------------------------------------------------

def mean(data):
    """The sample arithmetic mean of data, exact before its conversion."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_divide(total, n), T)


def fmean(data, weights=None):
    """The arithmetic mean of data as a float (fast, fsum-based)."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = math.fsum([x * w for x, w in zip(data, weights)])
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """The geometric mean of data (positive numbers), as a float."""
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    """The harmonic mean of data: the reciprocal of the mean of the reciprocals."""
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        sum_weights = _sum(_fail_neg(weights, errmsg))[1]
    try:
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, _fail_neg(data, errmsg)))
    except ZeroDivisionError:
        return 0
    if (total[0] if isinstance(total, tuple) else total) <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if isinstance(total, tuple) and isinstance(sum_weights, tuple):
        quotient = _reduced(sum_weights[0] * total[1], sum_weights[1] * total[0])
    else:
        quotient = _as_number(sum_weights) / _as_number(total)
    return _convert(quotient, T)


def _as_number(value):
    return Fraction(value[0], value[1]) if isinstance(value, tuple) else value


# ---- medians and modes ------------------------------------------------------------------

def median(data):
    """The median (middle value) of data; the mean of the two middle values for even counts."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The low median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """The high median of data."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """The median of grouped continuous data (the 50th percentile, interpolated)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    L = x - interval / 2.0
    return L + interval * (n / 2 - i) / (j - i)


def _counts(data):
    counts = {}
    for x in iter(data):
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value of data (the first one met, when several are as common)."""
    counts = _counts(data)
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    if not best_count:
        raise StatisticsError('no mode for empty data') from None
    return best


def multimode(data):
    """The most common values of data, in the order first met."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = min(max(i * m // n, 1), ld - 1)
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# ---- spread -----------------------------------------------------------------------------

def variance(data, xbar=None):
    """The sample variance of data (n - 1 in the denominator)."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    """The population variance of data."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_divide(ss, n), T)


def stdev(data, xbar=None):
    """The sample standard deviation: the correctly rounded square root of the variance."""
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of_ratio(_divide(ss, n - 1))


def pstdev(data, mu=None):
    """The population standard deviation."""
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of_ratio(_divide(ss, n))


# ---- two inputs -------------------------------------------------------------------------

def covariance(x, y, /):
    """The sample covariance of x and y."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = math.fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = math.fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    """LinearRegression(slope, intercept), as CPython's named tuple."""

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return f'LinearRegression(slope={self[0]!r}, intercept={self[1]!r})'


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of simple linear regression (ordinary least squares)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = math.fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = math.fsum([xi * xi for xi in x])
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = math.fsum([(xi - xbar) * (xi - xbar) for xi in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """Not provided by pyrust: using it raises NotImplementedError."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('statistics.NormalDist is not supported by pyrust yet')
"""#
}
