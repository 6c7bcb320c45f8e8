# re: span, start and end of groups, unmatched groups give -1.
import re
m = re.search(r'(\d+)(x)?-(?P<n>\d+)', 'ab 12-345 cd')
print(m.span(), m.start(), m.end())
print(m.span(1), m.start(1), m.end(1))
print(m.span(2), m.start(2), m.end(2))
print(m.span('n'), m.start('n'), m.end('n'))
print(m.regs)
for f in (m.span, m.start, m.end):
    try:
        f(7)
    except IndexError as e:
        print(f.__name__, 'IndexError', e)
m = re.search('é(ü)', 'aaéü')
print(m.span(), m.span(1))
print(re.search(r'$', 'abc').span(), re.search(r'\b', ' x').span())
