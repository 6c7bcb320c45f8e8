import re
print(re.match('(a+)+$', 'a' * 40 + 'b'))
