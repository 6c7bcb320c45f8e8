import textwrap
samples = ['    a\n    b\n', '  a\n    b\n  c', '\ta\n\tb', '  \ta\n  \tb', ' a\n\tb', '\n    a\n\n    b\n',
           '    a\n      \n    b', 'no indent\n  some', '   only spaces   ', '', '  \n  \n', '  a\r\n  b\r\n',
           '    x\n  \t \n    y', '\t\ta\n\t b']
for s in samples:
    print(repr(s), '->', repr(textwrap.dedent(s)))
print(repr(textwrap.indent('a\nb\n\nc', '> ')))
print(repr(textwrap.indent('a\n  \nb', '+ ')))
print(repr(textwrap.indent('a\nb', '# ', lambda line: True)))
print(repr(textwrap.indent('one\r\ntwo\rthree\x0cfour', '|')))
print(repr(textwrap.indent('keep\nskip\nkeep', '* ', lambda line: line.startswith('k'))))
print(repr(textwrap.indent('', 'x')), repr(textwrap.indent('\n', 'x')))
code = '''
    def f():
        return 1
'''
print(textwrap.dedent(code))
print(textwrap.indent(textwrap.dedent(code).strip(), '    '))
try:
    textwrap.dedent(5)
except TypeError as e:
    print(type(e).__name__, e)
