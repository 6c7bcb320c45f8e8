# re: empty matches in findall, finditer, sub and split next to non-empty ones.
import re
for p in [r'x*', r'\b', r'(?=x)', r'x?', r'|x', r'x|', r'a*?', r'^|$']:
    s = 'axxbx'
    print(repr(p), re.findall(p, s), [m.span() for m in re.finditer(p, s)])
    print('   ', re.sub(p, '-', s), re.split(p, s), re.subn(p, '', s))
