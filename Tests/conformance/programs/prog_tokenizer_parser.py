# A tokenizer (generator) and recursive-descent parser/interpreter for a tiny calculator language.
class Token:
    __match_args__ = ('kind', 'text')
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos
    def __repr__(self):
        return '%s(%r)' % (self.kind, self.text)

class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__('%s at position %d' % (msg, pos))
        self.pos = pos

def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            yield Token('NUM', src[i:j], i)
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            word = src[i:j]
            yield Token('KW' if word in ('let', 'print') else 'NAME', word, i)
            i = j
        elif c in '+-*/()=^;':
            yield Token('OP', c, i)
            i += 1
        else:
            raise ParseError('unexpected character %r' % c, i)
    yield Token('EOF', '', len(src))

class Parser:
    def __init__(self, src):
        self.tokens = list(tokenize(src))
        self.i = 0
        self.env = {}
        self.output = []

    @property
    def tok(self):
        return self.tokens[self.i]

    def eat(self, kind, text=None):
        t = self.tok
        if t.kind != kind or (text is not None and t.text != text):
            raise ParseError('expected %s but found %r' % (text or kind, t.text or 'end'), t.pos)
        self.i += 1
        return t

    def program(self):
        while self.tok.kind != 'EOF':
            self.statement()
            if self.tok.kind != 'EOF':
                self.eat('OP', ';')
        return self.output

    def statement(self):
        match self.tok:
            case Token('KW', 'let'):
                self.eat('KW')
                name = self.eat('NAME').text
                self.eat('OP', '=')
                self.env[name] = self.expr()
            case Token('KW', 'print'):
                self.eat('KW')
                self.output.append(self.expr())
            case _:
                self.output.append(self.expr())

    def expr(self):
        value = self.term()
        while self.tok.kind == 'OP' and self.tok.text in '+-':
            op = self.eat('OP').text
            rhs = self.term()
            value = value + rhs if op == '+' else value - rhs
        return value

    def term(self):
        value = self.power()
        while self.tok.kind == 'OP' and self.tok.text in '*/':
            op = self.eat('OP')
            rhs = self.power()
            if op.text == '/' and rhs == 0:
                raise ParseError('division by zero', op.pos)
            value = value * rhs if op.text == '*' else value / rhs
        return value

    def power(self):
        base = self.unary()
        if self.tok.kind == 'OP' and self.tok.text == '^':
            self.eat('OP')
            return base ** self.power()
        return base

    def unary(self):
        if self.tok.kind == 'OP' and self.tok.text == '-':
            self.eat('OP')
            return -self.unary()
        return self.atom()

    def atom(self):
        t = self.tok
        match t:
            case Token('NUM', text):
                self.i += 1
                return float(text) if '.' in text else int(text)
            case Token('NAME', name):
                self.i += 1
                if name not in self.env:
                    raise ParseError('undefined name %r' % name, t.pos)
                return self.env[name]
            case Token('OP', '('):
                self.eat('OP')
                v = self.expr()
                self.eat('OP', ')')
                return v
        raise ParseError('unexpected %r' % (t.text or 'end'), t.pos)

print(list(tokenize('let x = 3.5 * (y+2)')))
programs = [
    '1 + 2 * 3',
    '2 ^ 3 ^ 2; -2 ^ 2; (1 + 2) * -3',
    'let a = 10; let b = a / 4; print a * b; b - 1',
    '7 / (3 - 3)',
    '1 + ',
    'let = 5',
    '(1 + 2',
    'x * 2',
    '3 $ 4',
    '1 2',
]
for src in programs:
    try:
        p = Parser(src)
        print('%-45r -> %r' % (src, p.program()))
    except ParseError as e:
        print('%-45r !! %s' % (src, e))
Parser('let q = (1 + 2) * ').program()
