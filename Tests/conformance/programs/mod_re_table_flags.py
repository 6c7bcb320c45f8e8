# re table: flags as arguments, inline (?i), scoped (?i:...), verbose, ASCII, MULTILINE, DOTALL.
import re
CASES = [
    (r'abc', 'xABCabc', re.I), (r'[a-c]+', 'xABCz', re.I), (r'[^a-c]+', 'ABCxyz', re.I), (r'é', 'É', re.I),
    (r'(?i)straße', 'STRAßE', 0), (r'k', 'K', re.I), (r'(?i)[k]', '\u212a', 0), (r'(?a)é', 'É', re.I),
    (r'\w+', 'naïve', re.A), (r'\d', '٣', re.A), (r'\s', '\x1c', 0), (r'\s', '\x1c', re.A), (r'\bé', ' é', re.A),
    (r'^\w+$', 'ab\ncd', re.M), (r'^\w+$', 'ab\ncd', 0), (r'.+', 'ab\ncd', re.S), (r'(?s).+', 'ab\ncd', 0),
    (r'(?m)^x', 'x\nx\ny', 0), (r'$', 'a\nb\n', re.M), (r'\Z', 'a\n', re.M), (r'a$', 'a\n', 0),
    (r'a b # comment\n c', 'abc', re.X), (r'(?x) a [ ] b', 'a b', 0), (r'(?x)a\ b', 'a b', 0),
    (r'(?x)a#c\nb', 'ab', 0), (r'a(?i:b)c', 'aBc aBC', 0), (r'(?i)a(?-i:b)c', 'ABC AbC', 0),
    (r'(?i:a)(?s:.)', 'A\n', 0), (r'(?x: a b ) c', 'abc ab c', 0), (r'(?ms)^a.', 'b\na\n', 0),
    (r'(?i)(a)\1', 'aA', 0), (r'(a)(?i)\1', 'aA', 0), (r'[\w]', 'ü', re.A | re.I), (r'Σ', 'σς', re.I),
    (r'(?u)\w', 'ü', 0), (r'[^\W\d]+', 'ab12cd', 0), (r'[\S\s]+', 'a b', 0), (r'(?i)[^k]', 'K', 0),
    (r'(?-i:a)', 'A', re.I), (r'a.c', 'a\nc', re.S | re.I), (r'(?i)ǅ', 'ǆ', 0), (r'\W', 'é', re.A),
]
for p, s, f in CASES:
    try:
        c = re.compile(p, f)
        m = c.search(s)
        print(repr(p), c.flags, c, m and m.span(), c.findall(s), c.sub('#', s), c.split(s))
    except re.error as e:
        print(repr(p), 'error', e)
print(re.I, re.M | re.S, re.A | re.I | re.X, re.NOFLAG, repr(re.U), ~re.I & re.I, int(re.S))
print(re.compile('a', re.I | re.M), re.compile(b'a', re.L), re.compile(r'a\b', re.A), re.compile('x' * 250))
