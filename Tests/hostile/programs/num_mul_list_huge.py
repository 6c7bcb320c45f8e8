print(len([0] * 10 ** 20))
