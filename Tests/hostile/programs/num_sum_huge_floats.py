print(sum([1e308] * 100), sum(range(10 ** 6)))
