s = 'hello World  fooBAR 3rd x-y'
print(s.upper(), '|', s.lower(), '|', s.title(), '|', s.capitalize(), '|', s.swapcase())
print('ÉCOLE'.lower(), 'straße'.upper(), 'ǆ'.title(), 'ß'.capitalize(), 'ΣΑΣ'.lower(), 'ﬁ'.upper())
print("they're bill's".title(), 'HELLO'.capitalize(), ''.upper(), '123abc'.title(), 'a1b2'.title())
print('MiXeD'.swapcase(), 'ÀÉÎ'.swapcase(), 'already lower'.lower(), 'ONE two'.capitalize())
