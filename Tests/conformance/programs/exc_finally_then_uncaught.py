try:
    raise ValueError('original')
finally:
    print('finally runs')
