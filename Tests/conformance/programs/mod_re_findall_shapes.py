# re: findall returns strings, single groups, or tuples of groups ('' for unmatched).
import re
text = 'k1=v1; k2=; k3=v3'
print(re.findall(r'\w+=\w*', text))
print(re.findall(r'(\w+)=\w*', text))
print(re.findall(r'(\w+)=(\w*)', text))
print(re.findall(r'(\w+)=(v(\d))?', text))
print(re.findall(r'(?:\w+)=', text), re.findall(r'(?P<k>\w+)=', text))
print(re.findall(r'\d*', 'a12b'), re.findall(r'(a)|b', 'ab'))
print(re.findall('', 'ab'), re.findall('x', ''), re.findall(r'(\d)(\d)?', '123'))
print(re.compile(r'\d').findall('a1b2c3', 2, 5))
