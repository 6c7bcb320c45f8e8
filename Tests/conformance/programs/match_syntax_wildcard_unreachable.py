match 5:
    case _:
        print('wildcard')
    case 5:
        print('five')
