s = 'a' * 10 ** 6
print(s.find('a' * 10 ** 5 + 'b'))
