match = 'match is a normal name'
case = ['case', 'too']
print(match, case)
def match_fn(match):
    return match * 2
print(match_fn(3))
_ = 'underscore'
print(_)
match case:
    case [match, 'too']:
        print('captured', match)
type = 'type shadowed'
print(type)
del type
print(type(1))
match (match := 'walrus in subject'):
    case str(s):
        print(s)
match 1, 2:
    case a, b:
        print('tuple subject without parens', a, b)
match -3:
    case -3:
        print('negative literal')
match 1 + 2j:
    case 1 + 2j:
        print('complex literal')
