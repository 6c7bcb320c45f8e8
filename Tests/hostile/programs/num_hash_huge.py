print(hash(2 ** 10000) == hash(2 ** 10000), hash(-1))
