import re
print(re.match('a{4294967295}', 'a'))
