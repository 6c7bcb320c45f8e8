# re: Pattern.match/search/fullmatch/findall/finditer with pos and endpos.
import re
p = re.compile(r'\w+')
s = 'ab cd ef'
print(p.match(s, 3), p.match(s, 2), p.search(s, 4), p.search(s, 3, 4))
print(p.fullmatch(s, 3, 5), p.fullmatch(s, 3, 6), p.findall(s, 1, 7), [m.span() for m in p.finditer(s, 2)])
print(re.compile('^c').search(s, 3), re.compile('(?m)^c').search('ab\ncd', 3), re.compile(r'\bd').search(s, 4))
print(re.compile('f$').search(s, 0, 7), re.compile('e$').search(s, 0, 7), re.compile(r'\Z').search(s, 0, 2))
print(re.compile('').match('abc', 3, 1), re.compile('').search('abc', 3, 1), p.match(s, pos=6, endpos=100))
print(re.compile('(?<=a)b').search('ab', 1), re.compile(r'\Bb').search('ab', 1), p.search(s, -3, -1))
print(p.match(s, endpos=1), p.findall(s, endpos=4), p.search(s, 100))
try:
    p.match(s, 'x')
except TypeError as e:
    print('TypeError', e)
