print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance('s', str), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(1, (str, int)), isinstance('x', (int, float)), isinstance(None, type(None)), isinstance(3, ((float,), int)))
print(type(1), type(1.0), type('s'), type(True), type(None), type([]), type(()), type({}), type(set()))
print(type(range(1)), type(len), type(lambda: 0), type(int), type(type), type(ValueError('x')))
print(type(1) == int, type(True) == int, type(True) is bool, type(2 ** 100) is int, str(type(0.5)))
print(int, str, float, bool, list, tuple, dict, set, type, repr(int), [int, None])
try:
    isinstance(1, 'int')
except TypeError as e:
    print(e)
