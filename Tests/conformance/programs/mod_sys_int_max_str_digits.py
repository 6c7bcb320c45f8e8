# sys.get_int_max_str_digits / set_int_max_str_digits: the limit on int<->str conversion.
import sys
print(sys.get_int_max_str_digits())
big = 10 ** 5000
try:
    str(big)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(6000)
print(sys.get_int_max_str_digits(), len(str(big)), len(repr(-big)))
print(int('7' * 5500) % 1000)
try:
    int('1' * 6001)
except ValueError as e:
    print(e)
for bad in (0.5, 'x', 639, -1, 2 ** 100, -2 ** 100):
    try:
        sys.set_int_max_str_digits(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=640)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
for call in (lambda: sys.set_int_max_str_digits(), lambda: sys.set_int_max_str_digits(1, 2), lambda: sys.get_int_max_str_digits(1)):
    try:
        call()
    except TypeError as e:
        print(e)
