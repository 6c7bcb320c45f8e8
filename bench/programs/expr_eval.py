# program: arithmetic expression tokenizer, parser and evaluator
import math
import operator
import re
from collections import namedtuple

ROUNDS = 55

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\.\d+|\d+)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=<>]))")
LEVELS = [("<", ">"), ("+", "-"), ("*", "/", "%")]


class ParseError(Exception):
    pass


Token = namedtuple("Token", "kind value pos")


def tokenize(src):
    tokens = []
    pos = 0
    src = src.rstrip()
    while pos < len(src):
        m = TOKEN_RE.match(src, pos)
        if not m or m.end() == pos:
            raise ParseError(f"bad character {src[pos]!r} at {pos}")
        kind, text = ("num", "name", "op")[m.lastindex - 1], m.group(m.lastindex)
        value = (float(text) if "." in text else int(text)) if kind == "num" else text
        tokens.append(Token(kind, value, m.start(m.lastindex)))
        pos = m.end()
    tokens.append(Token("end", None, pos))
    return tokens


# AST nodes are plain tuples: ("num", v), ("var", name), ("neg", e),
# ("bin", op, l, r), ("call", name, [args]), ("assign", name, e)

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, value):
        tok = self.advance()
        if tok.value != value:
            raise ParseError(f"expected {value!r} at {tok.pos}, got {tok.value!r}")
        return tok

    def parse(self):
        tok, nxt = self.tokens[self.i], self.tokens[self.i + 1]
        if tok.kind == "name" and nxt.value == "=":
            self.i += 2
            node = ("assign", tok.value, self.comparison())
        else:
            node = self.comparison()
        if self.peek().kind != "end":
            raise ParseError(f"trailing input at {self.peek().pos}")
        return node

    def comparison(self, level=0):
        """Left-associative binary operators, one precedence level per LEVELS entry."""
        if level == len(LEVELS):
            return self.unary()
        left = self.comparison(level + 1)
        while self.peek().value in LEVELS[level]:
            op = self.advance().value
            left = ("bin", op, left, self.comparison(level + 1))
        return left

    def unary(self):
        if self.peek().value in ("-", "+"):
            sign = self.advance().value
            return ("neg", self.unary()) if sign == "-" else self.unary()
        base = self.atom()
        if self.peek().value in ("^", "**"):
            self.advance()
            return ("bin", "^", base, self.unary())
        return base

    def atom(self):
        tok = self.advance()
        if tok.kind == "num":
            return ("num", tok.value)
        if tok.kind == "name":
            if self.peek().value == "(":
                self.advance()
                args = [] if self.peek().value == ")" else [self.comparison()]
                while self.peek().value == ",":
                    self.advance()
                    args.append(self.comparison())
                self.expect(")")
                return ("call", tok.value, args)
            return ("var", tok.value)
        if tok.value == "(":
            inner = self.comparison()
            self.expect(")")
            return inner
        raise ParseError(f"unexpected {tok.value!r} at {tok.pos}")


FUNCTIONS = {"sqrt": math.sqrt, "sin": math.sin, "cos": math.cos, "abs": abs, "max": max, "min": min,
             "floor": math.floor, "hypot": math.hypot, "log": math.log, "gcd": math.gcd}

BINOPS = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "%": operator.mod, "^": operator.pow,
    "<": lambda a, b: int(a < b), ">": lambda a, b: int(a > b),
}


def evaluate(node, env):
    match node:
        case ("num", value):
            return value
        case ("var", name):
            if name not in env:
                raise NameError(f"undefined variable {name}")
            return env[name]
        case ("neg", operand):
            return -evaluate(operand, env)
        case ("bin", op, left, right):
            return BINOPS[op](evaluate(left, env), evaluate(right, env))
        case ("call", name, args):
            return FUNCTIONS[name](*[evaluate(a, env) for a in args])
        case ("assign", name, expr):
            env[name] = value = evaluate(expr, env)
            return value
    raise ValueError(node)


def to_source(node):
    match node:
        case ("num" | "var", value):
            return str(value)
        case ("neg", operand):
            return f"(-{to_source(operand)})"
        case ("bin", op, left, right):
            return f"({to_source(left)} {op} {to_source(right)})"
        case ("call", name, [*args]):
            return f"{name}({', '.join(map(to_source, args))})"
        case ("assign", name, expr):
            return f"{name} = {to_source(expr)}"


def count_nodes(node):
    children = node[2] if node[0] == "call" else [c for c in node[1:] if isinstance(c, tuple)]
    return 1 + sum(map(count_nodes, children))


PROGRAM = """
x = 3
y = x * 2 + 1
z = (x + y) ^ 2 / 4
r = sqrt(x^2 + y^2)
a = -x ** 2 + 10 % 4
b = max(x, y, z) - min(1, -2, 3.5)
c = hypot(3, 4) * floor(7.9) + abs(-2.25)
d = gcd(84, 36) + log(1) + cos(0)
e = (y > x) + (x > y) * 100
f = 2 ^ 3 ^ 2 - 1e
g = ((((x + 1) * (y - 1)) / (z + 0.5)) - sin(0.5) * 2)
h = x + undefined_name
k = 7 / (x - 3)
m = a * b - c / d + e * g
""".strip().splitlines()


def run_program(lines, rounds):
    env = {"pi": math.pi}
    results, errors, nodes, checksum = [], [], 0, 0.0
    for rnd in range(rounds):
        for line in lines:
            if rnd and line.startswith("x ="):
                line = f"x = {rnd % 7} + {rnd % 3}.5"
            try:
                tree = Parser(tokenize(line)).parse()
                nodes += count_nodes(tree)
                value = evaluate(tree, env)
                checksum += value
                if rnd == 0:
                    results.append((line.split("=")[0].strip(), value, to_source(tree)))
            except (ParseError, NameError, ZeroDivisionError) as exc:
                if rnd == 0:
                    errors.append(f"{type(exc).__name__}: {exc}")
    return env, results, errors, nodes, checksum


if __name__ == "__main__":
    env, results, errors, nodes, checksum = run_program(PROGRAM, ROUNDS)
    for name, value, src in results:
        shown = f"{value:.6f}" if isinstance(value, float) else str(value)
        print(f"{name:>2} = {shown:<14} {src[:48]}")
    print("\n".join(errors))
    print(f"nodes evaluated: {nodes}, checksum: {checksum:.6f}")
    print("final env:", ", ".join(f"{k}={round(v, 4)}" for k, v in sorted(env.items())))
