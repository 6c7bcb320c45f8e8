from string import Template
cases = ['$ x', 'abc $', 'a\nb\n$', 'a\r\nb $1', '${a', '${}', '${a b}', '$9', '$é', 'x\u2028$!', 'ok $a then $',
         'first line\nsecond $-', '$$$']
for text in cases:
    try:
        print(repr(Template(text).substitute(a='A')))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
    print(repr(Template(text).safe_substitute(a='A')))
for text, kw in [('$missing', {}), ('${missing}', {}), ('$a $b', {'a': 1})]:
    try:
        Template(text).substitute(**kw)
    except KeyError as e:
        print(type(e).__name__, e)
try:
    Template('$x').substitute({}, {})
except TypeError as e:
    print(type(e).__name__, e)
for bad in [5, None]:
    try:
        Template(bad).substitute()
    except TypeError as e:
        print(type(e).__name__, e)
print(Template('$x').substitute(x=1, extra=2))
