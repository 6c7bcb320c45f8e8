print(len(format(1.5, '.1000000000f')))
