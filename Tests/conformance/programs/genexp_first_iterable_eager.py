def items():
    print('items() called')
    return [1, 2]
g = (x for x in items())
print('after creation')
print(list(g))
try:
    g2 = (x for x in 5)
except TypeError as e:
    print('at definition:', e)
g3 = (x for x in [1, 2] for y in 5)
print('second iterable not evaluated yet')
try:
    list(g3)
except TypeError as e:
    print('at iteration:', e)
g4 = (1 / x for x in [1, 0])
print(next(g4))
try:
    next(g4)
except ZeroDivisionError as e:
    print('at iteration:', e)
def later():
    return [undefined_name for _ in range(1)]
g5 = (undefined_name for _ in range(1))
print('undefined name not looked up yet')
g6 = (x for x in missing_iterable)
