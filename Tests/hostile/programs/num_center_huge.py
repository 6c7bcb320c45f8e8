print(len('x'.center(2 ** 63)))
