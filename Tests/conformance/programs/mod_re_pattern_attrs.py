# re: Pattern.pattern, flags, groups, groupindex; they are read-only.
import re
p = re.compile(r'(?P<word>\w+)\s(\d+)(?:x)', re.I | re.M)
print(p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('').groups, re.compile('').flags, re.compile(b'').flags, re.compile('(?a)x').flags)
print(re.compile('(?x)(a)(?P<n>b)').flags, re.compile(r'(?i)\d').flags, re.compile(b'(?i)x', re.S).flags)
for attr in ('pattern', 'flags', 'groups'):
    try:
        setattr(p, attr, 1)
    except AttributeError:
        print('readonly', attr)
print(type(p.groupindex).__name__ in ('dict', 'mappingproxy'), dict(p.groupindex))
