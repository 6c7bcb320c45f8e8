# re: Match[group] by index and name.
import re
m = re.match(r'(?P<a>x)(y)?', 'x')
print(m[0], m[1], m['a'], m[2])
try:
    m[3]
except IndexError as e:
    print('IndexError', e)
try:
    m['b']
except IndexError as e:
    print('IndexError', e)
print([m[i] for i in range(3)])
