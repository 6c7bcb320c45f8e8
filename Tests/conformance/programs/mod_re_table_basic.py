# re table: search/findall/sub/split over literal, class, quantifier and anchor patterns.
import re
CASES = [
    (r'a+', 'caaat'), (r'a*', 'baaa'), (r'a?', 'aab'), (r'ab|cd', 'xxcdab'), (r'a.c', 'abc a\nc'),
    (r'[abc]+', 'xxbcaz'), (r'[^abc]+', 'abxyzc'), (r'[a-z0-9]+', 'AB12cd!'), (r'[]a]+', 'x]a]'),
    (r'[^]]+', ']]ab]'), (r'[a\-z]', 'b-z'), (r'[-a]', 'x-'), (r'[a-]', 'x-'), (r'\d+', 'ab 123 4'),
    (r'\D+', '12ab34'), (r'\w+', 'hi_there, you'), (r'\W+', 'a, b!!c'), (r'\s+', 'a \t\nb'),
    (r'\S+', '  ab  cd '), (r'\bfoo\b', 'foo foobar a.foo'), (r'\Bo\B', 'foo bob o'),
    (r'^a', 'ab\nac'), (r'a$', 'ba\nca'), (r'$', 'ab\n'), (r'^', 'ab'), (r'\Aab', 'abab'),
    (r'ab\Z', 'abab'), (r'x{2}', 'xxxxx'), (r'x{2,3}', 'xxxxxxx'), (r'x{2,}', 'x xx xxxx'),
    (r'x{,2}', 'xxxxx'), (r'x{,}', 'xxy'), (r'a{1', 'a{1'), (r'a{x}', 'a{x}'), (r'{', 'a{b'),
    (r'a+?', 'aaa'), (r'a*?b', 'aaab'), (r'a??b', 'ab'), (r'x{2,3}?', 'xxxxx'), (r'<.*>', '<a><b>'),
    (r'<.*?>', '<a><b>'), (r'(ab)+', 'ababab'), (r'(a|b)*c', 'abbac'), (r'\.', 'a.b.c'),
    (r'[.]', 'a.b'), (r'\x41\u00e9\101', 'Aé A'), (r'\t\n', 'a\t\nb'), (r'[\d.]+', 'v1.25x'),
    (r'[\w-]+', 'foo-bar baz'), (r'[\s\S]', 'ab'), (r'(?:ab)+', 'ababa'), (r'', 'abc'),
    (r'\0', 'a\0b'), (r'[\0-\x1f]', 'a\tb'), (r'é+', 'ééa'), (r'\d', '٣4'), (r'\w+', 'naïve café'),
]
for p, s in CASES:
    try:
        m = re.search(p, s)
        print(repr(p), m and (m.span(), m.group()), re.findall(p, s), re.sub(p, '<\\g<0>>', s), re.split(p, s))
    except re.error as e:
        print(repr(p), 'error', e)
