import re
print(re.match('(' * 10000 + 'a' + ')' * 10000, 'a'))
