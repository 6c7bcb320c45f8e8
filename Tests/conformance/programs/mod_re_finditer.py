# re: finditer yields match objects lazily consumable; spans, groups and empty matches.
import re
it = re.finditer(r'(?P<n>\d+)', 'a12b345c6')
print(next(it))
for m in it:
    print(m.span(), m['n'], m.groupdict())
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print([m.group() for m in re.finditer(r'\b\w', 'the quick brown')])
print(list(re.finditer('z', 'abc')))
p = re.compile(r'[aeiou]')
print([(m.start(), m.group()) for m in p.finditer('education', 1, 8)])
print(sum(1 for _ in re.finditer('.', 'x' * 1000)))
