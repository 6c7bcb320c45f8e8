#!/usr/bin/env python3
"""Generates differential test cases for pyrust's number formatting, with python3 (3.11) as the oracle.

Usage: python3 gen_number_format_cases.py SEED COUNT_PER_KIND [compact] > cases.tsv
The committed data file was made with (from the repository root):
  python3 Tests/PyrustTests/Data/gen_number_format_cases.py 2024 60 compact > Tests/PyrustTests/Data/number_format_cases.tsv
Larger runs (e.g. SEED 1..10, COUNT 3000) are what the formatting code was checked against.
("compact" applies the fixed edge-case specs to fewer values; the committed test data uses it.)

Each line: kind \t field... \t expected.  Fields are unicode_escape'd (tabs/newlines escaped).
Doubles travel as 16 hex digits of their IEEE bits.  Expected is '=' + text, or
'!' + ExceptionName + ':' + message.
"""
import math
import random
import struct
import sys


def esc(s):
    return s.encode('unicode_escape').decode('ascii')


def bits(d):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', d))[0]


def frombits(h):
    return struct.unpack('<d', struct.pack('<Q', int(h, 16)))[0]


def outcome(fn):
    try:
        r = fn()
    except (ValueError, OverflowError, MemoryError, ZeroDivisionError, TypeError) as e:
        return '!' + type(e).__name__ + ':' + str(e)
    if isinstance(r, str) and any(0xD800 <= ord(c) <= 0xDFFF for c in r):
        # pyrust strings are UTF-8 and cannot hold lone surrogates: not comparable
        return '!Skip:surrogate'
    return r


def rand_double(rng):
    k = rng.random()
    if k < 0.15:
        return frombits('%016x' % rng.getrandbits(64))
    if k < 0.30:
        digits = rng.randint(1, 17)
        mant = rng.randint(0, 10 ** digits)
        exp = rng.randint(-30, 30)
        v = float('%de%d' % (mant, exp))
        return -v if rng.random() < 0.4 else v
    if k < 0.42:
        v = round(rng.uniform(-1e6, 1e6), rng.randint(0, 6))
        return v
    if k < 0.50:
        return 1.0 * (rng.randint(-10 ** rng.randint(1, 20), 10 ** rng.randint(1, 20)))
    if k < 0.58:
        # exact binary fractions: ties in decimal rounding
        v = rng.randint(-10 ** 6, 10 ** 6) / (2 ** rng.randint(1, 12))
        return v
    if k < 0.64:
        p = 10.0 ** rng.randint(-25, 25)
        for _ in range(rng.randint(0, 3)):
            p = math.nextafter(p, math.inf if rng.random() < 0.5 else -math.inf)
        return p if rng.random() < 0.7 else -p
    if k < 0.70:
        # subnormals and tiny
        return frombits('%016x' % rng.getrandbits(52)) * (1 if rng.random() < 0.5 else -1)
    if k < 0.74:
        return rng.choice([1.7976931348623157e308, 2.2250738585072014e-308, 5e-324, 1e308, 1e-308, 9007199254740993.0,
                           2.0 ** 53, 2.0 ** 63, 2.0 ** 64, 1e16, 1e15, 9999999999999998.0, 0.1, 0.5, 1.5, 2.5, 2.675, 1e22, 1e23])
    if k < 0.80:
        return rng.choice([0.0, -0.0, math.inf, -math.inf, math.nan, -math.nan, 1.0, -1.0])
    if k < 0.90:
        return rng.uniform(-1000, 1000) * 10.0 ** rng.randint(-8, 8)
    # half-way cases at many decimal positions: d5 * 10^-k
    v = float('%d5e%d' % (rng.randint(0, 99999), rng.randint(-12, 5)))
    return -v if rng.random() < 0.5 else v


FILLS = [' ', '*', '0', 'x', '\u00e9', '\u20ac', '\U0001f600', '<', '=', '1', '_', ',', '.']


def rand_spec(rng, types, rare_types):
    if rng.random() < 0.08:
        # garbage built from spec characters: exercises parse errors and their order
        alphabet = '<>=^+- z#0123456789,_.eEfFgGn%bcdoxXs\u00e9'
        return ''.join(rng.choice(alphabet) for _ in range(rng.randint(1, 7)))
    s = ''
    if rng.random() < 0.35:
        if rng.random() < 0.5:
            s += rng.choice(FILLS)
        s += rng.choice('<>=^')
    if rng.random() < 0.3:
        s += rng.choice('+- ')
    if rng.random() < 0.07:
        s += 'z'
    if rng.random() < 0.2:
        s += '#'
    if rng.random() < 0.2:
        s += '0'
    if rng.random() < 0.5:
        s += str(rng.choice([rng.randint(0, 12), rng.randint(0, 30), rng.randint(0, 60)]))
    r = rng.random()
    if r < 0.15:
        s += ','
    elif r < 0.27:
        s += '_'
    elif r < 0.28:
        s += rng.choice([',_', '_,', ',,'])
    if rng.random() < 0.5:
        p = rng.choice([rng.randint(0, 6), rng.randint(0, 20), rng.randint(0, 40), rng.randint(0, 400)])
        s += '.' + str(p)
    elif rng.random() < 0.01:
        s += '.'
    if rng.random() < 0.06:
        s += rng.choice(rare_types)
    else:
        s += rng.choice(types)
    if rng.random() < 0.03:
        # widths and precisions may be written in any script's decimal digits
        s = ''.join(chr(0x660 + int(c)) if c.isdigit() and rng.random() < 0.5 else c for c in s)
    return s


def rand_int(rng):
    k = rng.random()
    if k < 0.4:
        return rng.randint(-1000, 100000)
    if k < 0.6:
        return rng.randint(-2 ** 63, 2 ** 63 - 1)
    if k < 0.7:
        return rng.choice([0, 1, -1, 2 ** 63 - 1, -2 ** 63, 2 ** 63, -2 ** 63 - 1, 2 ** 64, 0x10ffff, 0x110000, 65, 0xe9])
    if k < 0.8:
        return rng.randint(0, 0x10ffff)
    return rng.randint(-10 ** rng.randint(19, 60), 10 ** rng.randint(19, 400 if rng.random() < 0.1 else 60))


def rand_str(rng):
    alphabet = 'abcXYZ 019_-\u00e9\u4e2d\U0001f600\t'
    return ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))


def percent_spec(rng, types):
    flags = ''.join(rng.choice('-+ #0') for _ in range(rng.choice([0, 0, 1, 1, 2, 3])))
    width = rng.choice([None, None, rng.randint(0, 8), rng.randint(0, 30)])
    prec = rng.choice([None, None, rng.randint(0, 6), rng.randint(0, 25)])
    t = rng.choice(types)
    return flags, width, prec, t


def float_text(rng):
    if rng.random() < 0.1:
        return rng.choice(['inf', '-Infinity', 'nan', '+NaN', 'iNF', 'infinit', 'infinityy', '-nan', ' inf ', 'in f',
                           '\u20031.5', '\u00a01', '\u0661\u0662', '1\u2028', '\x1c1', '1.5\x00', '0x10', '1e1_0',
                           '1_e1', '1e_1', '_1', '1_', '1__0', '.', 'e5', '.e5', '1.e5', '5.', '.5', '1.5e', '+', '-',
                           '', ' ', '1 0', '١.5', '٣e٢', '00.5', '0_0.0_1', '1e999999999999', '1e-999999999999',
                           '2.4703282292062327e-324', '2.4703282292062328e-324', '1.7976931348623158e308',
                           '1.7976931348623159e308', '0.' + '0' * 400 + '1', '9' * 400, '1' + '_0' * 50])
    parts = []
    if rng.random() < 0.2:
        parts.append(rng.choice(' \t\n\r\x0b\x0c'))
    if rng.random() < 0.3:
        parts.append(rng.choice('+-'))

    def digits():
        out = ''
        for i in range(rng.randint(0, 8)):
            if i and rng.random() < 0.15:
                out += '_'
            out += rng.choice('0123456789')
        return out
    parts.append(digits())
    if rng.random() < 0.6:
        parts.append('.')
        parts.append(digits())
    if rng.random() < 0.3:
        parts.append(rng.choice('eE'))
        if rng.random() < 0.5:
            parts.append(rng.choice('+-'))
        parts.append(digits())
    if rng.random() < 0.05:
        parts.insert(rng.randint(0, len(parts)), rng.choice(['_', '__', 'x', ' ', '.', 'e']))
    if rng.random() < 0.2:
        parts.append(rng.choice(' \t\n'))
    return ''.join(parts)


def main():
    seed = int(sys.argv[1])
    n = int(sys.argv[2])
    compact = len(sys.argv) > 3 and sys.argv[3] == 'compact'
    rng = random.Random(seed)
    out = sys.stdout
    float_types = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%']
    int_types = ['', 'b', 'c', 'd', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'E', 'G', 'F']
    rare = ['d', 'x', 's', 'c', 'b', '\u00e9', ' ', 'r', 'a', '\x7f']

    for _ in range(n):
        d = rand_double(rng)
        out.write('repr\t%s\t=%s\n' % (bits(d), esc(repr(d))))

    for _ in range(n * 4):
        d = rand_double(rng)
        spec = rand_spec(rng, float_types, rare)
        r = outcome(lambda: format(d, spec))
        out.write('ff\t%s\t%s\t%s\n' % (bits(d), esc(spec), r if r.startswith('!') else '=' + esc(r)))

    for _ in range(n * 3):
        v = rand_int(rng)
        spec = rand_spec(rng, int_types, rare)
        if '.' in spec and rng.random() < 0.8 and spec.rstrip('eEfFgG%') == spec:
            spec = spec[:spec.index('.')] + spec[len(spec.rstrip('bcdoxXn')):]
        tname = 'int'
        val = v
        if rng.random() < 0.05:
            val = rng.choice([True, False])
            v = int(val)
            tname = 'bool'
            if spec == '':
                spec = 'd'
        r = outcome(lambda: format(val, spec))
        out.write('fi\t%d\t%s\t%s\t%s\n' % (v, esc(spec), tname, r if r.startswith('!') else '=' + esc(r)))

    edge_specs = ['.2147483648f', '.2147483648', '.2147483648d', '99999999999999999999',
                  '.99999999999999999999f', '9223372036854775807.1x', ',,', ',_', '_,', '10.3,', '=10', '010', '<010',
                  '0=10,', 'x=+#012_x', '\u00e9=010,', '\u00e9=+010,.3f', '#.0f', '#.0e', '#g', '#.3g', '#10.0%',
                  '#', '#.2', '.0', '.1', '.16', '.17', '.0e', '.0g', '#.0g', '+', ' ', '-', 'z', 'z.0f', '+z,.2f',
                  '0', '00', '000', '0,', '0_', '0>5', '0<5', '0^5', '0=5', '^', '>', '<', '=', '{', '}', '}>5',
                  '_b', '_o', '_x', '_X', ',b', '_d', '_n', ',n', 'n', '#n', '#b', '#o', '#x', '#X', '#c', 'c', '#d',
                  '=+#020_X', '^+#020,d', '+#0100_b', '  ', ' 5', '5 ', 'xx', '\u0663', '.\u0663f', '\U0001f600',
                  '\U0001f600<', '\U0001f600<\U0001f600', '.3s', 's', '%', '.3%', ',%', '_%', ',.2%', 'e', 'E',
                  'f', 'F', 'g', 'G', '.400e', '.1100f', '.330f', '#.30g', '.25g', '.30G', 'z.3e', 'z%', 'z.0%']
    edge_values = [0.0, -0.0, 1.0, -1.0, 0.5, 2.5, 1e16, 1e15, 1e-5, 1e-4, 123.456, -987654.321, 1e300, -1e-300,
                   5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 0.05, 0.005, 9.995, 99.5]
    edge_ints = [0, 1, -1, 65, 255, -255, 1234567, -1234567, 2 ** 64, -2 ** 100, 10 ** 30, 0x10ffff, 0x110000, True]
    if compact:
        edge_values = [0.0, -0.0, 2.5, 1e16, -987654.321, 5e-324, -math.inf, math.nan]
        edge_ints = [0, -1, 65, 255, -1234567, 2 ** 64, 0x110000, True]
    for spec in edge_specs:
        for d in edge_values:
            r = outcome(lambda: format(d, spec))
            out.write('ff\t%s\t%s\t%s\n' % (bits(d), esc(spec), r if r.startswith('!') else '=' + esc(r)))
        for v in edge_ints:
            if spec == '' and v is True:
                continue
            r = outcome(lambda: format(v, spec))
            out.write('fi\t%d\t%s\t%s\t%s\n' % (int(v), esc(spec), type(v).__name__,
                                                   r if r.startswith('!') else '=' + esc(r)))
        for sv in ['', 'abc', '\u00e9\u4e2d\U0001f600']:
            r = outcome(lambda: format(sv, spec))
            out.write('fs\t%s\t%s\t%s\n' % (esc(sv), esc(spec), r if r.startswith('!') else '=' + esc(r)))

    for _ in range(n):
        s = rand_str(rng)
        spec = rand_spec(rng, ['', 's', 's'], ['d', 'x', '\u00e9', 'r'])
        r = outcome(lambda: format(s, spec))
        out.write('fs\t%s\t%s\t%s\n' % (esc(s), esc(spec), r if r.startswith('!') else '=' + esc(r)))

    for _ in range(n):
        v = rand_int(rng)
        if abs(v) > 10 ** 80:
            v = v % 10 ** 80
        flags, width, prec, t = percent_spec(rng, 'diuoxX')
        fmt = '%' + flags + ('' if width is None else str(width)) + ('' if prec is None else '.' + str(prec)) + t
        r = outcome(lambda: fmt % v)
        out.write('pi\t%d\t%s\t%s\t%s\t%s\t%s\n' % (v, esc(flags), '' if width is None else width,
                                                   '' if prec is None else prec, t,
                                                   r if r.startswith('!') else '=' + esc(r)))

    for _ in range(n * 2):
        d = rand_double(rng)
        flags, width, prec, t = percent_spec(rng, 'eEfFgG')
        fmt = '%' + flags + ('' if width is None else str(width)) + ('' if prec is None else '.' + str(prec)) + t
        r = outcome(lambda: fmt % d)
        out.write('pf\t%s\t%s\t%s\t%s\t%s\t%s\n' % (bits(d), esc(flags), '' if width is None else width,
                                                   '' if prec is None else prec, t,
                                                   r if r.startswith('!') else '=' + esc(r)))

    for _ in range(n):
        s = float_text(rng)
        try:
            r = '=' + bits(float(s))
        except ValueError as e:
            r = '!ValueError'
        out.write('parse\t%s\t%s\n' % (esc(s), r))

    for _ in range(n):
        d = rand_double(rng)
        nd = rng.choice([rng.randint(-3, 6), rng.randint(-20, 20), rng.randint(-330, 330)])
        r = outcome(lambda: round(d, nd))
        out.write('round\t%s\t%d\t%s\n' % (bits(d), nd, r if isinstance(r, str) else '=' + bits(r)))

    for _ in range(n):
        d = rand_double(rng)
        if math.isnan(d):
            d = 1.0
        out.write('hash\t%s\t=%d\n' % (bits(d), hash(d)))

    for _ in range(n):
        a = rand_double(rng)
        b = rand_double(rng) if rng.random() < 0.9 else rng.choice([0.0, -0.0, math.inf, -math.inf, 1.0, -1.0])
        if rng.random() < 0.2:
            a = float(rng.randint(-20, 20))
            b = float(rng.choice([-3, -2, -1, 1, 2, 3, 0]))
        res = []
        for op in (lambda: a // b, lambda: a % b, lambda: divmod(a, b)):
            r = outcome(op)
            if isinstance(r, str):
                res.append(r)
            elif isinstance(r, tuple):
                res.append('=' + bits(r[0]) + ',' + bits(r[1]))
            else:
                res.append('=' + bits(r))
        out.write('divmod\t%s\t%s\t%s\n' % (bits(a), bits(b), '\t'.join(res)))


if __name__ == '__main__':
    main()
