import textwrap
long = 'Supercalifragilisticexpialidocious'
for width in [1, 2, 5, 10, 40]:
    print(width, textwrap.wrap('a ' + long + ' b', width))
    print(width, textwrap.wrap('a ' + long + ' b', width, break_long_words=False))
print(textwrap.wrap('hyphenated-long-compound-word', 10))
print(textwrap.wrap('hyphenated-long-compound-word', 10, break_on_hyphens=False))
print(textwrap.wrap('----------', 4))
print(textwrap.wrap('ab----------cd', 5))
print(textwrap.wrap('x' * 12, 5, initial_indent='>>', subsequent_indent='.'))
print(textwrap.wrap('averyveryverylongword and short', 6, break_long_words=False, initial_indent='  '))
print(textwrap.wrap('http://example.com/a/very/long/url/path', 15))
print(textwrap.fill('abcdefghij' * 3, 7))
