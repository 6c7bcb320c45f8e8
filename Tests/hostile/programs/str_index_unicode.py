s = 'é' * 10 ** 6
print(s.index('é' * 10 ** 5 + 'b'))
