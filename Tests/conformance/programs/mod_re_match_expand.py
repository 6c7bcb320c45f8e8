# re: Match.expand with numbered, named and \g<0> references and escapes.
import re
m = re.match(r'(?P<user>\w+)@(?P<host>[\w.]+)', 'ann@example.org')
print(m.expand(r'\2 -> \1'))
print(m.expand(r'\g<host>/\g<user>/\g<0>'))
print(m.expand(r'tab\there\nline \\ end'))
print(m.expand(r'\g<1>0'), m.expand(r'\1\-'))
m2 = re.match(r'(a)(b)?', 'a')
print(repr(m2.expand(r'[\2]')), repr(m2.expand(r'\g<2>\1')))
for t in [r'\3', r'\g<nope>', r'\g<', r'\q', r'\g<1']:
    try:
        print(m2.expand(t))
    except Exception as e:
        print(type(e).__name__, e)
print(re.match(rb'(x)', b'x').expand(rb'<\1>'))
