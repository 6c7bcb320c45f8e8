# json refuses complex; str/format/f-strings without a spec
import json
try:
    json.dumps(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps({'a': [1, 2 + 3j]})
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(abs(3 + 4j)))
print(format(1 + 2j), format(1j, ''), f'{2 - 1j}', f'{1j!r}', '{}'.format(3j), str(-0j))
print('%s|%r' % (1 + 1j, -1j))
try:
    '%d' % 1j
except TypeError as e:
    print(type(e).__name__, e)
