# re: sub/subn counts (positional and keyword), flags argument, bad replacement types.
import re
print(re.sub('a', 'b', 'aaaa', 2), re.sub('a', 'b', 'aaaa', count=3), re.subn('a', 'b', 'aaaa', 0))
print(re.subn('a', 'b', 'aaaa', -1), re.subn('z', 'b', 'aaaa'), re.sub('A', 'b', 'aaa', flags=re.I))
print(re.sub('A', 'b', 'aAa', 1, re.I), re.compile('a').subn('-', 'banana', 2))
for bad in [3, None, ['x']]:
    try:
        re.sub('a', bad, 'a')
    except TypeError as e:
        print('TypeError', e)
print(re.sub('', '-', 'abc'), re.sub('$', '!', 'x'), re.sub('(?=b)', '^', 'abab'))
print(re.sub(r'\s+', ' ', '  a \n\t b  ').strip(), re.sub('a', r'\\', 'xax'))
