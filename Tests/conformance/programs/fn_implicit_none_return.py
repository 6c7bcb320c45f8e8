def nothing():
    pass
def bare_return():
    return
def maybe(x):
    if x:
        return 'yes'
print(nothing(), bare_return(), maybe(1), maybe(0))
print(type(nothing()), nothing() is None)
def early(n):
    for i in range(n):
        if i == 3:
            return i
    print('loop ended without return')
print(early(10), early(2))
