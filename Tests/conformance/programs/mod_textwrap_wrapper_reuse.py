import textwrap
w = textwrap.TextWrapper(width=15)
paragraphs = ['First paragraph with several words in it.', 'Second one.', '', 'Third paragraph, a bit longer than the others are.']
for p in paragraphs:
    print(w.wrap(p))
w.width = 8
w.initial_indent = '# '
print(w.fill(paragraphs[0]))
w.break_long_words = False
print(w.wrap('abcdefghijklmnop qr'))
w.max_lines = 2
w.placeholder = '~'
print(w.wrap(paragraphs[3]))
w2 = textwrap.TextWrapper(15, '> ', '  ', True, True, False, True, True, True, 4)
print(w2.wrap('positional\targuments work too'))
class Numbered(textwrap.TextWrapper):
    def wrap(self, text):
        return ['%d: %s' % (i, line) for i, line in enumerate(super().wrap(text), 1)]
print(Numbered(width=12).fill('subclasses can override wrap and fill uses it'))
print(textwrap.TextWrapper.__name__, type(w).__name__, isinstance(w, textwrap.TextWrapper))
print(sorted(textwrap.__all__))
print(w.unicode_whitespace_trans == {9: 32, 10: 32, 11: 32, 12: 32, 13: 32, 32: 32})
