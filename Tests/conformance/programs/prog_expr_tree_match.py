# Expression trees built from classes, evaluated and simplified with structural pattern matching.
class Expr:
    def __add__(self, other):
        return BinOp('+', self, wrap(other))
    def __radd__(self, other):
        return BinOp('+', wrap(other), self)
    def __mul__(self, other):
        return BinOp('*', self, wrap(other))
    def __rmul__(self, other):
        return BinOp('*', wrap(other), self)
    def __sub__(self, other):
        return BinOp('-', self, wrap(other))
    def __neg__(self):
        return Neg(self)

class Num(Expr):
    __match_args__ = ('value',)
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return 'Num(%r)' % self.value

class Var(Expr):
    __match_args__ = ('name',)
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Var(%r)' % self.name

class BinOp(Expr):
    __match_args__ = ('op', 'left', 'right')
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def __repr__(self):
        return 'BinOp(%r, %r, %r)' % (self.op, self.left, self.right)

class Neg(Expr):
    __match_args__ = ('operand',)
    def __init__(self, operand):
        self.operand = operand
    def __repr__(self):
        return 'Neg(%r)' % (self.operand,)

def wrap(v):
    return v if isinstance(v, Expr) else Num(v)

def show(e):
    match e:
        case Num(v):
            return str(v)
        case Var(name):
            return name
        case Neg(x):
            return '-' + show(x)
        case BinOp(op, l, r):
            return '(%s %s %s)' % (show(l), op, show(r))

def evaluate(e, env):
    match e:
        case Num(v):
            return v
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError('unbound variable ' + name)
        case Neg(x):
            return -evaluate(x, env)
        case BinOp('+', l, r):
            return evaluate(l, env) + evaluate(r, env)
        case BinOp('-', l, r):
            return evaluate(l, env) - evaluate(r, env)
        case BinOp('*', l, r):
            return evaluate(l, env) * evaluate(r, env)
        case _:
            raise TypeError('cannot evaluate %r' % (e,))

def simplify(e):
    match e:
        case BinOp(op, l, r):
            l, r = simplify(l), simplify(r)
            match (op, l, r):
                case ('+', Num(0), x) | ('+', x, Num(0)):
                    return x
                case ('*', Num(1), x) | ('*', x, Num(1)):
                    return x
                case ('*', Num(0), _) | ('*', _, Num(0)):
                    return Num(0)
                case ('-', x, y) if repr(x) == repr(y):
                    return Num(0)
                case (_, Num(a), Num(b)):
                    return Num(evaluate(BinOp(op, l, r), {}))
                case _:
                    return BinOp(op, l, r)
        case Neg(Neg(x)):
            return simplify(x)
        case Neg(Num(v)):
            return Num(-v)
        case _:
            return e

x, y = Var('x'), Var('y')
exprs = [
    x * 2 + 3,
    (x + 0) * 1,
    0 * y + x * (2 + 3),
    -(-(x - x)),
    2 * 3 + 4 * y,
    (x - y) * (x + y),
]
env = {'x': 5, 'y': 7}
for e in exprs:
    s = simplify(e)
    print(show(e), '=>', show(s), '=', evaluate(e, env), evaluate(s, env))
print(repr(simplify(x * 1 + 0)))
try:
    evaluate(x + Var('z'), env)
except NameError as err:
    print('NameError', err)
try:
    evaluate(BinOp('/', Num(1), Num(2)), env)
except TypeError as err:
    print('TypeError', err)
print(evaluate(-(x * y), env), show(-(x * y)))
evaluate(Var('w'), {})
