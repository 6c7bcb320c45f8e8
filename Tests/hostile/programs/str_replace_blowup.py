s = 'a' * 10 ** 4
print(len(s.replace('', 'x' * 10 ** 5)))
