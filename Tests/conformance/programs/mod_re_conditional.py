# re: conditional groups (?(id)yes|no) and (?(name)yes|no).
import re
quoted = re.compile(r'(?P<q>")?\w+(?(q)")')
for s in ['"abc"', 'abc', '"abc', 'abc"']:
    m = quoted.fullmatch(s)
    print(repr(s), m and m.group())
email = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    print(repr(s), bool(email.match(s)))
print(re.findall(r'(a)?(?(1)b|c)', 'abcac'), re.match(r'(?:(x)|y)(?(1)1|2)', 'y2').group())
for bad in ['(?(2)a)(b)', '(?(x)a)', '(?(1a)b)', '(a)(?(1)b|c|d)', '(?(0)a)', '(?(']:
    try:
        re.compile(bad)
        print(repr(bad), 'ok')
    except re.error as e:
        print(repr(bad), e)
