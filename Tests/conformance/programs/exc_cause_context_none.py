# __cause__, __context__ and a function's __doc__ that are None read as None, not as a missing
# attribute.
def f():
    pass

try:
    raise ValueError('plain')
except ValueError as e:
    print(e.__cause__, e.__context__, e.__cause__ is None)
try:
    try:
        raise KeyError('inner')
    except KeyError as inner:
        raise TypeError('outer') from inner
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__cause__ is e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise IndexError('during')
except IndexError as e:
    print(e.__cause__, repr(e.__context__), e.__context__.__context__)
print(f.__doc__, ValueError().__cause__, [ValueError().__context__])
