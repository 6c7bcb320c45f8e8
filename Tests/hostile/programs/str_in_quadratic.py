s = 'a' * 10 ** 6
print(('a' * 10 ** 5 + 'b') in s)
