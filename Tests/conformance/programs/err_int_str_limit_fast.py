# A huge int is refused at once by str() (CPython checks the size before converting).
x = 1 << (10 ** 7)
print(x.bit_length())
print(str(x))
