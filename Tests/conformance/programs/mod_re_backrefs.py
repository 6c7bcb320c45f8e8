# re: numbered and named backreferences, including unmatched groups and octal look-alikes.
import re
print(re.findall(r'(\w)\1', 'aabbcdd'), re.search(r'(?P<c>.)(?P=c){2}', 'abbbc').group())
print(re.match(r'(a)?\1', 'b'), re.match(r'(a)?b\1', 'ab'), re.match(r'(a)|\1', 'x'))
print(re.search(r'<(\w+)>.*?</\1>', '<b>x</i><b>y</b>').group())
print(re.match(r'(a)\10', 'aa0') if False else re.match(r'(a)\1', 'aa'))
print(re.match(r'\0\101\060', '\0A0'), re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
print(re.sub(r'(\w+) \1', r'\1', 'the the cat sat sat'), re.findall(r'((\w)\2)', 'xxyzz'))
print(re.match(r'(?i)(ab)\1', 'abAB'), re.search(r'(\w+),\1', 'ab,abc').group())
for bad in [r'\1(a)', r'(a)\2', r'(?P=x)(?P<x>a)', r'(a(?P=a))']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), e)
