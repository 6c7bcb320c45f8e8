x = 7 ** 100000
print(divmod(x, 3 ** 50000)[1] > 0)
