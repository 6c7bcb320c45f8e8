# re: Match.re, string, pos, endpos and regs.
import re
p = re.compile(r'\d+')
m = p.search('ab 123 cd 45', 2, 9)
print(m.re is p, m.string, m.pos, m.endpos, m.regs)
m = p.match('123')
print(m.pos, m.endpos, m.re.pattern)
m = re.search('b', 'abc', 0)
print(m.re, m.pos, m.endpos)
m = p.search('x 1 2', -5, 100)
print(m, m.pos, m.endpos)
try:
    m.pos = 3
except AttributeError as e:
    print('AttributeError')
print(type(m).__name__, type(p).__name__, type(m), type(p))
