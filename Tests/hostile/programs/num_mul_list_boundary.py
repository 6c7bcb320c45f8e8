x = [None] * (2 ** 28 + 1)
print(len(x))
