for v in [0, -12, 3.0, 1e20, 'text', "quote'", True, None, [1, 'a'], (1,), {'k': [None]}, {1, 2}, range(3)]:
    print(str(v), repr(v))
print(str(), repr(''), str('') == '', str(str), repr(str(5)))
print(repr(repr('a')), str(repr("'")))
