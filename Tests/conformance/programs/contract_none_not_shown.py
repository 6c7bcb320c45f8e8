print('x')
None
