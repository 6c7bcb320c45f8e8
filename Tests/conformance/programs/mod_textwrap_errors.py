import textwrap
for width in [0, -5]:
    try:
        textwrap.wrap('some text', width)
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        textwrap.fill('some text', width=width)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.wrap('', 0)
except ValueError as e:
    print('empty', e)
try:
    textwrap.wrap('abc', 'x')
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.wrap(123)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    textwrap.TextWrapper(width=10, bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    textwrap.TextWrapper(width=2, max_lines=1).wrap('hello world')
except ValueError as e:
    print(type(e).__name__, e)
try:
    textwrap.indent(5, '>')
except AttributeError as e:
    print(type(e).__name__, e)
w = textwrap.TextWrapper(width=0)
try:
    w.fill('x')
except ValueError as e:
    print(type(e).__name__, e)
print(textwrap.TextWrapper(width=1).wrap('ab cd'))
