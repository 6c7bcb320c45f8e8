raise KeyError('missing key', 2)
