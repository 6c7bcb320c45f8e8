print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 1 ** -5)
print(type(2 ** -1), type(2 ** 2), 4 ** 0.5, (-8) ** 2, 0 ** 5)
print(0.0 ** 0, 1.5 ** 2, (-1.5) ** 3, 2.0 ** -1, 0 ** 0.0)
print(pow(2, -3), pow(-2, 3), pow(2.5, 2), 3 ** 40, (-3) ** 41)
print(10 ** 20, 10.0 ** 20, 10 ** -20, 2 ** 0.0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print('caught:', e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('caught:', e)
