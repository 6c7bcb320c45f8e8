print(len('x'.ljust(10 ** 12)))
