print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(2), ''.zfill(3), '-'.zfill(3))
print('[' + 'ab'.center(6) + ']', '[' + 'ab'.center(7, '*') + ']', '[' + 'abc'.center(6) + ']', '[' + 'x'.center(0) + ']')
print('[' + 'ab'.ljust(5) + ']', '[' + 'ab'.rjust(5, '.') + ']', '[' + 'toolong'.ljust(3) + ']', '[' + 'é'.rjust(3, 'ü') + ']')
print('[' + 'abc'.center(8, '-') + ']', '[' + 'abcd'.center(9) + ']', '[' + ''.center(3, 'z') + ']')
try:
    'x'.center(5, 'ab')
except TypeError as e:
    print(e)
