print(list(range(0, 10, 2 ** 100)), list(range(2 ** 64, 2 ** 64 + 3)))
