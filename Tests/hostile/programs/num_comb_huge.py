import math
print(math.comb(10 ** 6, 5 * 10 ** 5).bit_length())
