# re: lookahead and lookbehind, positive and negative, captures inside them, fixed width.
import re
print(re.findall(r'\w+(?=:)', 'a: b c: d'), re.findall(r'\b\w+\b(?!:)', 'a: b c: d'))
print(re.findall(r'(?<=@)\w+', 'x@host y@z'), re.findall(r'(?<!\d)\d{2}(?!\d)', '1 12 123 45'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'), re.match(r'(?=(\w+))\w', 'abc').groups())
print(re.match(r'(?!(a))\w', 'b').groups(), re.search(r'(?<=(a))b', 'ab').span(1))
print(re.findall(r'(?<=ab|cd)x', 'abx cdx'), re.findall(r'(?<=a.c)d', 'abcd axcd'))
print(re.findall(r'(?<=\bq)u', 'quit aqua'), re.search(r'(?<!^)x', 'xx').span())
print(re.compile('(?<=a)b').search('ab', 1), re.findall(r'(?=a)|b', 'ab'))
for bad in [r'(?<=a*)b', r'(?<!a|bb)c', r'(?<=a{1,2})', r'(?<=(a)\1)b']:
    try:
        print(re.compile(bad))
    except re.error as e:
        print(repr(bad), e)
