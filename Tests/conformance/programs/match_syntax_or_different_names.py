match [1]:
    case [x] | (x, 1):
        print('same names are fine', x)
    case [y] | [1, z]:
        print(y)
