print('a b c'.split(maxsplit=2 ** 100), 'a b c'.rsplit(None, -2 ** 100), 'aaa'.replace('a', 'b', 2 ** 100))
