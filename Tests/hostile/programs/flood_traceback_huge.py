raise ValueError('e' * 10 ** 7)
