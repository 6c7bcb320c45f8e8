# re: split with capturing groups, maxsplit, empty matches, and the module/method forms.
import re
print(re.split(r'(\d)', 'a1b2c'))
print(re.split(r'(\d)(x)?', 'a1b2xc'))
print(re.split(r'[,;]', 'a,b;c', maxsplit=1), re.split(r'[,;]', 'a,b;c', 1))
print(re.split(r'\s+', '  leading and trailing  '))
print(re.split(r'(?<=-)', 'a-b-c'), re.split(r'\b', 'hi there'))
print(re.split('x', ''), re.split('', ''), re.split('(a)', 'a'))
p = re.compile(r'(?P<sep>[-+])')
print(p.split('1+2-3'), p.split('1+2-3', maxsplit=1), p.split(string='4-5'))
print(re.split(b'(,)', b'a,b'), re.split('A', 'xaxAx', flags=re.I))
try:
    re.split(',', 'a,b', 'x')
except TypeError as e:
    print('TypeError', e)
