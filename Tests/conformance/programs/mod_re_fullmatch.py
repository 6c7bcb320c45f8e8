# re: fullmatch needs the whole string (or pos..endpos); backtracks to find it.
import re
print(re.fullmatch(r'a|ab', 'ab'), re.match(r'a|ab', 'ab'))
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.fullmatch(r'a*?', 'aaa'))
print(re.fullmatch(r'(a+)(a+)', 'aaaa').groups(), re.fullmatch('', ''), re.fullmatch('', 'a'))
print(re.fullmatch(r'x$', 'x\n'), re.fullmatch(r'x\n', 'x\n'), re.compile('b+').fullmatch('abbbc', 1, 4))
print(re.fullmatch(r'(?i)HELLO', 'hello'), re.fullmatch(b'[0-9a-f]+', b'deadbeef'))
print(re.fullmatch(r'(?:ab)+?', 'ababab').span(), re.fullmatch(r'.*?(\d)', 'abc123').group(1))
