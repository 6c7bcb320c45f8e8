# re table: re.error messages and positions (and the other exceptions compile raises).
import re
PATTERNS = [
    '(a', 'a)', '*a', 'a**', 'a{3,2}', '[a', '[z-a]', r'[\d-z]', '\\', r'\q', r'[\q]', r'a\1', r'(a\1)',
    r'(?P<1>a)', r'(?P<a>x)(?P<a>y)', r'(?P=b)', r'(?P<a', '(?P', '(?Px)', '(?<x)', '(?', '(?z)',
    r'(?<=a+)b', r'(?<!a|bc)d', r'\x4', r'\u12', r'\U00110000', r'\777', r'[\777]', '(?i', '(?-', '(?-x)',
    '(?i-i:a)', 'a(?i)b', '(?#abc', '(?(1)a|b)', '(?(x)a)', '(a)(?(1)a|b|c)', r'\8', r'[\8]', '+',
    '?', '(*)', '^*', r'\b+', 'a{99999999999}', '(?a)(?u)x', '(?L)x', 'x{2}{3}', '(?P<a>)(?P=a',
    '(?(0)a)', '(?(a-)x)', '[]', '[^]', 'a|*', 'ab\n(', '(?P<a>a)(?P<b>\n)(?P<a>b)', r'\x', '(?i)(?L)',
    '(?x)a\n)', '(?:a', '((a)', '(?=a', '(?<=a', '(?>a',
]
for p in PATTERNS:
    try:
        re.compile(p)
        print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p, f in [('a', re.L), ('a', re.A | re.U), (b'a', re.U), (b'a', re.A | re.L), (b'(?u)a', 0)]:
    try:
        re.compile(p, f)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
raise re.error('unbalanced parenthesis', 'a)', 1)
