s = 'a' * 10 ** 6
print(s.rfind('b' + 'a' * 10 ** 5))
