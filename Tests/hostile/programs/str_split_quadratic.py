s = 'a' * 10 ** 6
print(len(s.split('a' * 10 ** 5 + 'b')))
