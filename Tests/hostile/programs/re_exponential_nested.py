import re
print(re.search('(x+x+)+y', 'x' * 50))
