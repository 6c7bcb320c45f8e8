# re: possessive quantifiers and atomic groups (3.11) never give back what they matched.
import re
print(re.match(r'a*+a', 'aaa'), re.match(r'a*a', 'aaa'))
print(re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>a|ab)c', 'abc'), re.match(r'(?:a|ab)c', 'abc'))
print(re.findall(r'\d++', '12 345'), re.findall(r'\w?+\d', 'a1 2'), re.fullmatch(r'a{1,3}+a', 'aaa'))
print(re.match(r'(ab)++', 'ababx').groups(), re.match(r'(?>(a)|b)+', 'ab').groups())
print(re.match(r'"(?>[^"\\]++|\\.)*+"', r'"a\"b" rest').group())
print(re.match(r'(?>x*)*y', 'xxy'), re.match(r'x{2}+', 'xxxx').span(), re.match(r'x?+x', 'x'))
for bad in ['a*++', 'a+?+', '(?>a)*', 'a{2}+*']:
    try:
        print(repr(bad), re.compile(bad).match('aa'))
    except re.error as e:
        print(repr(bad), e)
