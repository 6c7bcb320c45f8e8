# re table: sub/subn templates, counts, split with groups and maxsplit, findall shapes.
import re
SUBS = [
    (r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar', 0), (r'a', r'\n\t\\', 'bab', 0),
    (r'(?P<d>\d)', r'<\g<d>\g<1>\g<0>>', 'a1b2', 0), (r'x*', '-', 'abc', 0), (r'x*', '-', 'abc', 2),
    (r'(a)|b', r'[\1]', 'abab', 0), (r'\d', r'\g<0>\g<0>', '12a3', 1), (r'', '-', '', 0),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10\1', 'abcdefghijk', 0), (r'a', r'\101\0', 'xa', 0),
    (r'b', r'\-', 'abc', 0), (r'(?i)B', 'x', 'abcB', 0), (r'a|ab', '_', 'abab', 0), (r'$', '!', 'a\nb\n', 0),
    (r'^', '>', 'a\nb', 0), (r'(?m)^', '>', 'a\nb\n', 0), (r'\b', '|', 'ab cd', 0), (r'\s+', ' ', ' a  b ', 0),
]
for p, r, s, n in SUBS:
    try:
        print(repr(p), repr(re.sub(p, r, s, n)), re.subn(p, r, s, count=n))
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for r in [r'\g<x>', r'\g<2>', r'\g<-1>', r'\g<a', r'\g', r'\q', '\\', r'\3', r'\g<>', r'\400', r'\g<1a>']:
    try:
        print(repr(r), re.sub(r'(?P<a>a)', r, 'aa'))
    except Exception as e:
        print(repr(r), type(e).__name__, e)
SPLITS = [(r',', 'a,b,,c', 0), (r',', 'a,b,c', 1), (r'(,)', 'a,b', 0), (r'(,)|(;)', 'a,b;c', 0),
          (r'\b', 'ab cd', 0), (r'', 'abc', 0), (r'x*', 'axbxxc', 0), (r'(x)*', 'axb', 0), (r'\W+', '...a..b...', 2),
          (r'a', 'aaa', -1), (r'^', 'a\nb', 0), (r'(?m)^', 'a\nb', 0), (r'$', 'a\nb', 0)]
for p, s, n in SPLITS:
    print(repr(p), re.split(p, s, n), re.split(p, s, maxsplit=n))
FINDS = [(r'(\w)(\d)?', 'a1 b c2'), (r'(a)|(b)', 'ab'), (r'((a)b)', 'abab'), (r'a(?=b)', 'abac'),
         (r'\w*', 'ab cd'), (r'(?:a)(b)?', 'aab')]
for p, s in FINDS:
    print(repr(p), re.findall(p, s), [m.group() for m in re.finditer(p, s)])
