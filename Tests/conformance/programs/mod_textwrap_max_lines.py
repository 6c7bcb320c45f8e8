import textwrap
text = 'Hello there, how are you doing this fine day? I am fine, thanks for asking.'
for max_lines in [1, 2, 3, 10]:
    for width in [10, 20, 30]:
        print(max_lines, width, textwrap.wrap(text, width, max_lines=max_lines))
print(textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=''))
print(textwrap.wrap(text, 12, max_lines=3, placeholder=' (more)', initial_indent='> ', subsequent_indent='  '))
print(textwrap.wrap('short', 20, max_lines=1))
print(textwrap.wrap('Supercalifragilistic word', 10, max_lines=1))
print(textwrap.wrap('one two three four', 9, max_lines=2, placeholder=' ~'))
print(textwrap.wrap('a b c d e f g h', 3, max_lines=2, placeholder='..'))
for kw in [dict(width=5, max_lines=1, placeholder='......'), dict(width=4, max_lines=2, subsequent_indent='    ')]:
    try:
        textwrap.wrap(text, **kw)
    except ValueError as e:
        print(type(e).__name__, e)
print(textwrap.wrap('   ', 5, max_lines=1), textwrap.wrap(text, 30, max_lines=2, drop_whitespace=False))
