# re: lastindex and lastgroup: the group that closed last.
import re
for p, s in [(r'(a)(b)', 'ab'), (r'((a)b)', 'ab'), (r'(a)|(b)', 'b'), (r'(?P<x>a)(?P<y>b)?', 'a'),
             (r'(?P<x>a)(?P<y>b)', 'ab'), (r'ab', 'ab'), (r'(a)(?:b)', 'ab'), (r'((?P<in>a))', 'a'),
             (r'(?P<o>(?P<i>a))', 'a'), (r'(a)*', 'aa'), (r'(a)?b', 'b'), (r'(?:(a)|(b))*', 'ab')]:
    m = re.match(p, s)
    print(p, m.lastindex, m.lastgroup)
