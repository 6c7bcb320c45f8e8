print(*range(10 ** 6), sep='-' * 100)
