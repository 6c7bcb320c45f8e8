# re: escape for str and bytes; an escaped string matches itself.
import re
for s in ['a.b', '1+1=2', '[x]', 'a b\tc\n', '(?P<x>)', '^$|', 'é ü', '_-~&#', r'C:\dir', '']:
    e = re.escape(s)
    print(repr(e), bool(re.fullmatch(e, s)))
print(re.escape(b'a.b\x00 \xff'), re.fullmatch(re.escape(b'*+?'), b'*+?') is not None)
print(re.escape('!"%\',/:;<=>@`'))
try:
    re.escape(5)
except TypeError as e:
    print('TypeError')
