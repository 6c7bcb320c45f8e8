# re: escape errors, a trailing backslash (found one token early, as sre does) and \N{...}.
import re
PATTERNS = ['a\\', '?\\', r'\x\\' + '\\', '(?P<\\', '(?P=ab\\', r'(?\u', r'(?<\x', r'(?P\d', r'\N', r'\N{',
            r'\N{}', r'\N{NOPE}', r'\N{]\}', r'[\N{EM DASH}-]', r'\N{em dash}+', r'\u00', r'\U0001F60', r'[\U00110000]',
            r'\c', r'[\A]', r'[\Z]', r'[\B]', r'\Z\A', r'[\b]', r'\0\00\000\0000', r'[\0\377\400]', r'\400']
for p in PATTERNS:
    try:
        c = re.compile(p)
        print(repr(p), 'ok', c.findall('a\u2014\u2014\x08\0 b\\'))
    except re.error as e:
        print(repr(p), 'error:', e)
print(re.escape('\\N'), re.findall(rb'[N]', b'N'))
