import textwrap
text = 'Hello  world!   This is   a test of the shorten function.'
for width in [6, 10, 12, 15, 20, 40, 80]:
    print(width, repr(textwrap.shorten(text, width)))
print(repr(textwrap.shorten(text, 20, placeholder='...')))
print(repr(textwrap.shorten('   lots   of   space   ', 100)))
print(repr(textwrap.shorten('', 10)), repr(textwrap.shorten('one', 6)))
print(repr(textwrap.shorten('Supercalifragilistic', 12)))
print(repr(textwrap.shorten(text, 25, break_long_words=False)))
print(repr(textwrap.shorten('tab\tand\nnewline text here', 18)))
for kw in [dict(width=3), dict(width=0)]:
    try:
        textwrap.shorten(text, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    textwrap.shorten(text, 10, max_lines=2)
except TypeError as e:
    print(type(e).__name__, e)
