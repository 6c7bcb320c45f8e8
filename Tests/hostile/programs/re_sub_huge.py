import re
print(len(re.sub('', '-' * 1000, 'a' * 10 ** 5)))
