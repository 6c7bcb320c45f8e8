# re: Match.groups with and without a default, for matched and unmatched groups.
import re
m = re.match(r'(a)(b)?(c)?(d*)', 'ad')
print(m.groups())
print(m.groups(''))
print(m.groups(default=0))
print(m.groups(None))
print(re.match('abc', 'abc').groups())
print(re.match(r'((a)(b)?)?x', 'x').groups('-'))
print(re.match(r'(?:(a)|(b))+', 'ab').groups())
print(re.match(r'(a)*', 'aaa').groups(), re.match(r'(a)*', 'b').groups('none'))
