import textwrap
text = 'The\tquick brown fox\njumps over   the lazy dog.  It was fun.'
options = [dict(initial_indent='* ', subsequent_indent='  '), dict(expand_tabs=False), dict(tabsize=4),
           dict(tabsize=0), dict(replace_whitespace=False), dict(drop_whitespace=False),
           dict(fix_sentence_endings=True), dict(initial_indent='>>>> ', width=8),
           dict(replace_whitespace=False, expand_tabs=False, drop_whitespace=False)]
for kw in options:
    kw.setdefault('width', 16)
    print(kw, textwrap.wrap(text, **kw))
w = textwrap.TextWrapper(width=12, initial_indent='- ')
print(w.wrap('alpha beta gamma delta epsilon'))
w.width = 20
w.subsequent_indent = '. '
print(w.fill('alpha beta gamma delta epsilon zeta eta theta'))
print(w.width, w.initial_indent, w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings)
print(w.break_long_words, w.drop_whitespace, w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))
print(textwrap.TextWrapper().width)
print(textwrap.fill('a b c', initial_indent='[', subsequent_indent=']', width=3))
