# re table: bytes patterns on bytes subjects (ASCII classes, case folding, templates, escape).
import re
CASES = [
    (rb'a+', b'caaat', 0), (rb'\d+', b'x12 \xd9\xa3', 0), (rb'\w+', b'ab\xe9cd', 0), (rb'\s', b'a\x1cb c', 0),
    (rb'[a-z]+', b'ABCdef', re.I), (rb'\xe9', b'\xc9\xe9', re.I), (rb'(a)(b)?', b'ac', 0), (rb'(?i)AB', b'xaBx', 0),
    (rb'\bx\b', b'x xx x', 0), (rb'.', b'\n\x00', re.S), (rb'[\x00-\x08]', b'a\x05b', 0), (rb'(?P<n>.)(?P=n)', b'abba', 0),
    (rb'^b', b'a\nb', re.M), (rb'\x41', b'A', 0), (rb'\101', b'A', 0), (rb'[^\x80-\xff]+', b'\xffab\xfe', 0),
    (rb'(?<=a)b', b'abcb', 0), (rb'(?a)\w', b'\xe9a', 0), (rb'\W', b'a\xe9', 0), (rb'', b'ab', 0),
]
for p, s, f in CASES:
    c = re.compile(p, f)
    m = c.search(s)
    print(p, c.flags, c, m, m and m.groups(), c.findall(s), c.sub(b'<\\g<0>>', s), c.split(s))
print(re.sub(rb'(\w)(\w)', rb'\2\1', b'abcd'), re.subn(b'a', b'', bytearray(b'aba')))
print(re.escape(b'a.b*c\xff'), re.escape('a.b*c é\t-'), re.escape('_!%@'))
m = re.match(rb'(?P<k>\w+)=(?P<v>\w*)', b'key=val')
print(m, m.groupdict(), m.expand(rb'\g<v>:\1'), m.span('v'), m[2], m.string)
for bad in [lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'), lambda: re.compile(rb'\u0041'),
            lambda: re.sub(b'a', 'x', b'a'), lambda: re.match('a', 5), lambda: re.compile(b'(?L)a', re.A)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(re.findall(b'a', bytearray(b'banana')), re.sub(b"a", b"o", bytearray(b"cat")))
