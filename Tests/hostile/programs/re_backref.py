import re
print(re.match(r'(a*)*\1b', 'a' * 40))
