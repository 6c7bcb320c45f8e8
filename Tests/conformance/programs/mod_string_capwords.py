from string import capwords
cases = [('hello world',), ('  leading and   inner   spaces  ',), ('ALL CAPS HERE',), ('mIxEd CaSe',),
         ('',), ('   ',), ('one',), ("it's o'neil",), ('tab\tseparated\nlines',), ('élan über',),
         ('a-b-c', '-'), ('a--b', '-'), ('x,y,,z', ','), ('aXbXc', 'X'), ('hello world', ' '),
         ('  two  spaces  ', ' '), ('123 abc', None), ('word', 'word')]
for args in cases:
    print(repr(args), repr(capwords(*args)))
try:
    capwords('a b', '')
except ValueError as e:
    print(type(e).__name__, e)
try:
    capwords(5)
except AttributeError as e:
    print(type(e).__name__, e)
