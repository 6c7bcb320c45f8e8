def f(x):
    match x:
        case 'special':
            return 'special'
        case other:
            return 'captured ' + repr(other)

print(f('special'), f(42), f([1]))
match 10:
    case n:
        print('n is', n)
print('n after match:', n)
match 'abc':
    case _:
        print('wildcard matches anything')
try:
    print(_)
except NameError as e:
    print('NameError', e)
def no_match(x):
    match x:
        case 1:
            return 'one'
    return 'fell through'
print(no_match(1), no_match(2))
x = 'unchanged'
match 5:
    case 6:
        x = 'six'
print(x)
