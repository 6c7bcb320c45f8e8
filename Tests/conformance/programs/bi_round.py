print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(1.23456, 3))
print(round(3.7), round(-3.7), round(7), round(-7), type(round(2.5)), type(round(2.5, 0)))
print(round(2.5, 0), round(-0.4), round(1234.5678, -2), round(1250, -2), round(1350, -2), round(15, -1), round(25, -1))
print(round(12345, -10), round(-155, -1), round(1e300, 2), round(0.0), round(-0.0, 1), round(5, 2))
print(round(float('inf'), 2), round(float('nan'), 1), round(10 ** 20 + 0.5), round(123.456, 1), round(True))
try:
    round(float('inf'))
except OverflowError as e:
    print(e)
try:
    round(float('nan'))
except ValueError as e:
    print(e)
