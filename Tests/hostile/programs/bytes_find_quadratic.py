s = b'a' * 10 ** 6
print(s.find(b'a' * 10 ** 5 + b'b'))
