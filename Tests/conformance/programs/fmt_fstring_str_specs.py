s = 'text'
for spec in ['', '10', '<10', '>10', '^10', '*^11', '-<8', '.2', '10.2', '^9.3', '0>6']:
    print(repr(spec), f'[{s:{spec}}]')
print(f'[{"é":>4}]', f'[{"":^3}]', f'[{"long string":5}]', f'[{s!r:>10}]', f'[{[1]!s:>5}]')
print(format('abc'), format('abc', '>5'), format(12, ''), format(1.5), format(None))
try:
    print(f'{s:d}')
except ValueError as e:
    print(e)
try:
    print(f'{3.5:d}')
except ValueError as e:
    print(e)
try:
    print(f'{5:s}')
except ValueError as e:
    print(e)
