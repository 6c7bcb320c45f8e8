print(len(list(range(2 ** 62))))
