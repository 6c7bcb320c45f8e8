print('abcdef'[::-2 ** 63], list(range(10))[2 ** 63::-(2 ** 63 - 1)])
