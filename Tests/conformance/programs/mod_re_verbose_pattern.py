# re: a VERBOSE pattern with comments, escaped spaces and classes that keep their spaces.
import re
DATE = re.compile(r"""
    (?P<year>\d{4})     # year
    [-/ ]               # separator: dash, slash or space (space kept inside a class)
    (?P<month>\d{1,2})  # month
    [-/ ]
    (?P<day>\d{1,2})    \# ?  # a literal hash, then an optional space
""", re.VERBOSE)
for s in ['2024-01-31#', '1999/12/1# ', '2000 2 3#', '2000-2-3']:
    m = DATE.match(s)
    print(s, m and m.groupdict(), m and m.span())
p = re.compile(r'(?x) a \  b  [ ]  c  \# d # trailing comment')
print(p.match('a b c# d'), p.pattern.count(' '))
print(re.findall(r'''(?x)
    \b [A-Z] \w+   # capitalised words
''', 'Alice met bob and Carol'))
