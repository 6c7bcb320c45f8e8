import math
print(math.factorial(10 ** 6).bit_length())
