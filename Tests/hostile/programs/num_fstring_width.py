w = 10 ** 10
print(len(f'{1:>{w}}'))
