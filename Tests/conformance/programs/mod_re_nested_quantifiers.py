# re: nested and counted quantifiers over groups, with zero-width iterations.
import re
print(re.match(r'(a|b){2,3}', 'ababab').groups(), re.match(r'(a|b){2,3}?', 'ababab').span())
print(re.match(r'((a)|b){3}', 'aba').groups(), re.match(r'(?:(a)|b){0}', 'a').span())
print(re.match(r'(a*){2}', 'aaa').groups(), re.match(r'(a*?){2,}', 'aa').span(), re.match(r'(a?)+?', 'aa').span())
print(re.match(r'((ab)*c)+', 'ababcabc').groups(), re.match(r'(x(y)?)*', 'xyx').groups())
print(re.match(r'(?:a{2}){2}', 'aaaaa').span(), re.match(r'(a{1,2}){2}', 'aaa').groups())
print(re.findall(r'(\d{1,3})(?:,(\d{3}))*', '1,234,567 89'), re.match(r'(?:()|a)*', 'aa').span())
print(re.match(r'(a*)*', 'aaa').span(1), re.match(r'(a*)+', 'aaa').span(1), re.match(r'(a|)+', 'a').span(1))
print(re.match(r'(?:a*)*b', 'aaab').span(), re.match(r'(a*)*?b', 'aab').groups())
print(re.match(r'(.)*?x', 'abx').groups(), re.match(r'(?:(.)(?!x))*', 'abcx').groups())
