# re: a tokenizer with named alternatives, match(text, pos) in a loop and lastgroup.
import re
SPEC = [('NUMBER', r'\d+(?:\.\d*)?'), ('ASSIGN', r':='), ('END', r';'), ('ID', r'[A-Za-z_]\w*'),
        ('OP', r'[+\-*/()]'), ('NEWLINE', r'\n'), ('SKIP', r'[ \t]+'), ('MISMATCH', r'.')]
TOKEN = re.compile('|'.join('(?P<%s>%s)' % pair for pair in SPEC))

def tokenize(code):
    line, start, pos = 1, 0, 0
    while pos < len(code):
        m = TOKEN.match(code, pos)
        kind, value = m.lastgroup, m.group()
        pos = m.end()
        if kind == 'NEWLINE':
            line, start = line + 1, m.end()
        elif kind == 'SKIP':
            continue
        elif kind == 'MISMATCH':
            yield ('ERROR', value, line, m.start() - start)
        else:
            yield (kind, value, line, m.start() - start)

code = 'total := price * 1.5;\n  tax := total / (100 - 7) ;\n x $ y'
for tok in tokenize(code):
    print(tok)
big = 'a1 := b2 + 3;\n' * 300
print(sum(1 for _ in tokenize(big)))
