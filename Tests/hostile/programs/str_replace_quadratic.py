s = 'a' * 10 ** 6
print(len(s.replace('a' * 10 ** 5 + 'b', '')))
