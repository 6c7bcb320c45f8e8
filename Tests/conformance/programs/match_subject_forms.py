match 1, *[2, 3]:
    case (1, *rest):
        print('star subject', rest)
match (n := 5) * 2:
    case 10:
        print('walrus subject', n)
match range(4):
    case [0, 1, *_]:
        print('range matches sequence')
match 'abc':
    case [*_]:
        print('str is not a sequence here')
    case str():
        print('str only matches str()')
match {1: 2}:
    case []:
        print('dict is not a sequence')
    case {}:
        print('any dict matches {}')
match [1, 2]:
    case [1, 2] if False:
        print('no')
    case [_, _] as pair:
        print('pair', pair)
match None:
    case None:
        print('None singleton')
match 0:
    case False:
        print('0 is not False')
    case 0:
        print('0 matches 0')
match 1.0:
    case 1:
        print('1.0 == 1 matches value pattern')
