# re: re.error attributes (msg, pattern, pos, lineno, colno), multi-line patterns, subclassing.
import re
for p in ['ab(c', '\nab(', 'a\nb\n  *', b'x(', '(?x)\n  foo\n  [a', ')']:
    try:
        re.compile(p)
    except re.error as e:
        print(repr(str(e)), e.msg, repr(e.pattern), e.pos, e.lineno, e.colno)
e = re.error('custom')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, e.args)
e = re.error('custom', 'p\nq', 2)
print(e, e.args, e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.sub('(', 'x', 'y')
except Exception as ex:
    print(type(ex).__name__, ex)
