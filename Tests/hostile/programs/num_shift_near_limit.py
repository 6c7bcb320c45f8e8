x = 1 << (2 ** 24 - 2)
print(x.bit_length())
y = x * x
