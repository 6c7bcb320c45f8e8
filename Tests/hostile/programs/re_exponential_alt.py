import re
print(re.match('(a|a)*b', 'a' * 40))
