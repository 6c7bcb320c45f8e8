# re: wrong argument types give CPython's TypeErrors.
import re
cases = [lambda: re.match('a', 1), lambda: re.match('a', b'a'), lambda: re.match(b'a', 'a'),
         lambda: re.search('a', None), lambda: re.findall('a', ['a']), lambda: re.sub('a', 'b', 3),
         lambda: re.split(b',', 'a,b'), lambda: re.compile('a', 'i'), lambda: re.compile(3.5),
         lambda: re.compile('a').match('a', 1.5), lambda: re.escape(None), lambda: re.finditer(b'x', 'x')]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
    except Exception as e:
        print(type(e).__name__, e)
