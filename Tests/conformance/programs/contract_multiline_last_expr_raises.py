x = [1, 2]
print('start')
(x[0] +
 x[1] *
 x[5])
