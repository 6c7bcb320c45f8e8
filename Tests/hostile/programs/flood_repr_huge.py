print(list(range(10 ** 6)))
