import re
print(len(re.findall('', 'a' * 10 ** 6)))
