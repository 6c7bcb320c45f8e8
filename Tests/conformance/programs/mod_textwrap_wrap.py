import textwrap
text = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs! '
        'How vexingly quick daft zebras jump.')
for width in [1, 5, 10, 17, 30, 70, 200]:
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('\n\n'), textwrap.wrap('word'))
print(textwrap.wrap('  leading spaces kept?', 10))
print(textwrap.wrap('trailing spaces   ', 9))
print(textwrap.wrap('a  b   c    d', 3))
print(textwrap.wrap('tabs\tand\nnewlines\rand\x0bvt\x0cff', 12))
print(textwrap.wrap('üñíçødé wörds wräp tôo', 8))
print(textwrap.wrap('x' * 25, 10))
print(textwrap.wrap('exactly ten', 11), textwrap.wrap('exactly ten', 10))
print(textwrap.wrap('\u3000ideographic\u3000space', 8))
print(textwrap.fill(text, 25))
print(textwrap.fill('one two three', width=7))
