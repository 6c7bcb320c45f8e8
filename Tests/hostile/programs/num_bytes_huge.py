print(len(bytes(10 ** 12)))
