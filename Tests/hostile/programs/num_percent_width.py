print(len('%*d' % (10 ** 12, 1)))
