import math
print(math.comb(4 * 10 ** 6, 2 * 10 ** 6).bit_length())
