class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError('cannot parse %r' % s) from e

try:
    parse('x1')
except ParseError as e:
    print(e, '| cause:', repr(e.__cause__), '| suppress:', e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ParseError('no context shown') from None
except ParseError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
e = ParseError('manual')
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ParseError('bad cause') from 5
except TypeError as err:
    print('TypeError', err)
print(parse('12'))
parse('abc')
