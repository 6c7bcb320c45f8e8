# re table: pos/endpos combinations (including pos > endpos and out-of-range values) per method.
import re
PATTERNS = [r'x*', r'', r'\w+', r'^', r'$', r'\b', r'a|', r'(a)(b)?', r'(?<=a)b', r'a*?$', r'.', r'(?m)^\w']
BOUNDS = [(0, 99), (2, 4), (4, 2), (3, 3), (-5, 2), (7, -1), (9, 99), (1, 6)]
s = 'ab ab\nab'
for p in PATTERNS:
    c = re.compile(p)
    row = []
    for pos, endpos in BOUNDS:
        m1, m2, m3 = c.match(s, pos, endpos), c.search(s, pos, endpos), c.fullmatch(s, pos, endpos)
        row.append((m1 and (m1.span(), m1.pos, m1.endpos), m2 and m2.span(), m3 and m3.span(),
                    c.findall(s, pos, endpos), [x.span() for x in c.finditer(s, pos, endpos)]))
    print(repr(p), row)
