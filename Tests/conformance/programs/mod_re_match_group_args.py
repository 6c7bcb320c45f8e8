# re: Match.group with no, one and several arguments, names and indexes, and bad groups.
import re
m = re.match(r'(?P<first>\w+) (?P<last>\w+)(?P<extra> \w+)?', 'Jane Doe')
print(m.group(), m.group(0), m.group(1), m.group('last'))
print(m.group(1, 2), m.group('first', 'last', 'extra'), m.group(0, 'first', 2))
print(m.group(True), m[False])
for bad in [3, -1, 'nope', 1.5, None, '1']:
    try:
        print(m.group(bad))
    except Exception as e:
        print(type(e).__name__, e)
try:
    m.group(1, 9)
except IndexError as e:
    print('IndexError', e)
class Two:
    def __index__(self):
        return 2
print(m.group(Two()), m.span(Two()))
