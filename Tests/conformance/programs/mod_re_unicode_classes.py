# re: \w \d \s \b for str patterns are Unicode-aware; ASCII flag restricts them.
import re
s = 'Ünïcödé 123 ٤٥٦ ½ x_y\u00a0z\u2003w'
print(re.findall(r'\w+', s))
print(re.findall(r'\w+', s, re.A))
print(re.findall(r'\d', s), re.findall(r'\d', s, re.ASCII))
print(re.findall(r'\s', s), re.findall(r'\s', s, re.A))
print(re.findall(r'\b\w', 'été über'), re.findall(r'\b\w', 'été über', re.A))
print(re.findall(r'[^\W_]+', 'a_b ü'), re.findall(r'\W+', 'a→b'))
print(re.match(r'\w', '中').group(), re.match(r'\w', '²'), re.match(r'\d', '²'))
print(re.findall(r'[\u00e0-\u00ff]+', 'voilà déjà'), re.findall(r'\U0001F600', 'a😀b'), re.findall('.', '😀é'))
print(re.sub(r'\s+', '_', 'a\u3000b\u2028c'), re.split(r'\W+', 'naïve—café'))
