x = [None] * (2 ** 24)
print(len(x))
