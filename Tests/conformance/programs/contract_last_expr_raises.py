print('before')
x = 0
10 // x
