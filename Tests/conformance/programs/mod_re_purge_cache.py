# re: purge clears the cache; compiling the same pattern again still works.
import re
p1 = re.compile(r'(\w+)@(\w+)')
print(re.match(p1.pattern, 'a@b').groups())
print(re.purge())
p2 = re.compile(r'(\w+)@(\w+)')
print(p1 == p2, p2.match('x@y').groups())
for i in range(600):
    re.compile('x{%d}' % i)
print(re.compile('x{599}').match('x' * 599).span(), re.match('(a)', 'a').group(1))
print(re.compile('a', re.I).match('A'), re.compile('a').match('A'))
