print('this runs never')
x = (1 +
     2
