# re table: groups, named groups, backreferences, lookarounds, conditionals, atomic groups.
import re
CASES = [
    (r'(a)(b)?', 'ac'), (r'(a|b)*', 'abba'), (r'((a)|b)+', 'ab'), (r'(a*)*', 'b'), (r'(a*)+', 'aab'),
    (r'(a|)*', 'aa'), (r'(?:(a)|b)*', 'ab'), (r'(?P<x>\w)(?P=x)', 'abccd'), (r'(\w)\1', 'xyzzy'),
    (r'(a)(b)(c)\3\2\1', 'abccba'), (r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" \'x\''), (r'(\d)(?=px)', '1em 2px'),
    (r'\d(?!px)', '1px 2em'), (r'(?<=\$)\d+', 'cost $30 or 40'), (r'(?<!\$)\b\d+', 'cost $30 or 40'),
    (r'(?<=ab|cd)x', 'abx cdx efx'), (r'(a)?(?(1)b|c)', 'ab c'), (r'(?P<o><)?\w+(?(o)>)', '<a> b'),
    (r'(?>a*)a', 'aaa'), (r'(?>a|ab)c', 'abc'), (r'a*+a', 'aaa'), (r'a++b', 'aab'), (r'(a)*+', 'aaa'),
    (r'(?=(a+))a*b\1', 'baaabac'), (r'((a)b)*', 'ababx'), (r'(a)|(b)', 'b'), (r'(a)(?:x|(b))', 'ax ab'),
    (r'(?:a(b)?)+', 'aba'), (r'(.)(?=.*\1)', 'abcab'), (r'(\w+)\s+\1', 'the the cat'), (r'()', 'ab'),
    (r'(a(b(c)))', 'abc'), (r'(?:x(y)?)*', 'xyx'), (r'(a+)(a+)', 'aaaa'), (r'(a+?)(a+)', 'aaaa'),
    (r'(?<=(a))b', 'ab'), (r'(?!a)\w', 'abc'), (r'(?=a)', 'aa'), (r'\b', 'ab cd'), (r'(?<=a)', 'aaa'),
    (r'x(?#comment)y', 'xy'), (r'(a)(?P<n>b)(c)', 'abc'), (r'(a)|b', 'ba'), (r'(a)b|(a)c', 'ac'),
    (r'(?:(a)|(b)|(c))+', 'abcab'), (r'(a)?(b)?(c)?', 'c'), (r'([ab])*?b', 'aab'),
]
for p, s in CASES:
    try:
        m = re.search(p, s)
        print(repr(p), m and (m.span(), m.groups(), m.lastindex, m.lastgroup, m.regs))
        print('  ', re.findall(p, s), re.sub(p, '[\\g<0>]', s), re.split(p, s))
        print('  ', [(x.span(), x.groups()) for x in re.finditer(p, s)])
    except re.error as e:
        print(repr(p), 'error', e)
