s = 'a' * 10 ** 6
print(s.count('a' * 5 * 10 ** 4 + 'b'))
