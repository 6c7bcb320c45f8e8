n = 1234567
for spec in ['d', '10d', '<10d', '^10d', '>10d', '010d', '+d', ' d', ',', '_', 'x', 'X', '#x', '#o', 'b', '#b', '08b', 'c', 'e', '.2f', '%', 'n']:
    print(spec, '[' + format(n if spec != 'c' else 65, spec) + ']', f'[{-n:{spec}}]' if spec != 'c' else '')
print(f'{255:#06x}', f'{-5:05d}', f'{5:*^7}', f'{10 ** 20:,}', f'{-(2 ** 64):_x}', f'{True:d}', f'{0:b}')
