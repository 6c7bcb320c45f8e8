# re: Match.groupdict, in definition order, with defaults for unmatched names.
import re
m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)(?:-(?P<day>\d\d))?', '2024-05')
print(m.groupdict())
print(m.groupdict('??'))
print(m.groupdict(default=0))
print(re.match(r'(a)(b)', 'ab').groupdict())
d = re.search(r'(?P<z>z)|(?P<a>a)', 'xa').groupdict()
print(list(d.items()))
print(re.compile(r'(?P<b>x)(?P<a>y)').groupindex)
print(re.compile(r'(?P<b>x)(y)(?P<a>z)').groupindex['a'])
