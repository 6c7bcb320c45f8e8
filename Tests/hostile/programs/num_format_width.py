print(len(format(1, '1000000000000')))
