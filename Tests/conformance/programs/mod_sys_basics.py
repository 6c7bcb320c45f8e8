import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info < (4,), type(sys.version_info).__name__)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.byteorder, sys.platform)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.getrecursionlimit(), sys.maxunicode)
print('sys' in sys.modules, type(sys.modules).__name__)
import math
print('math' in sys.modules, sys.modules['math'] is math)
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding)
print(isinstance(sys.argv, list))
