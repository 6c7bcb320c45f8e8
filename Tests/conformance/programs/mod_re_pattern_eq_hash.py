# re: Pattern equality and hashing, and re.compile of a compiled pattern.
import re, copy
a, b = re.compile('x+'), re.compile('x+')
print(a == b, a != b, hash(a) == hash(b), a == re.compile('x+', re.I), a == re.compile(b'x+'), a == 'x+')
print(re.compile(a) is a, len({a, b, re.compile('y')}))
try:
    re.compile(a, re.I)
except ValueError as e:
    print('ValueError', e)
print(re.match(a, 'xx'), re.findall(a, 'x xx'), re.sub(a, '-', 'axxb'))
print(copy.copy(a) is a, copy.deepcopy(a) is a)
m = a.match('xx')
print(copy.copy(m) is m, copy.deepcopy(m) is m)
for bad in [5, None, ['x']]:
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)
