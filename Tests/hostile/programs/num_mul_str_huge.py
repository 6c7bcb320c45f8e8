print(len('a' * 2 ** 62))
