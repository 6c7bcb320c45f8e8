# dunder methods of builtin types called directly: NotImplemented where CPython's slot
# does not handle the other operand's type, TypeError where CPython raises
cases = [
    "(1).__add__(2.0)", "(1).__mul__('ab')", "(1.5).__add__(2)", "(1.5).__add__('a')",
    "'a'.__add__(1)", "[1].__add__((1,))", "(True).__add__(1)", "(1).__radd__(2.0)",
    "(2.0).__rsub__(1)", "(1).__truediv__(2)", "(1).__eq__(1.0)", "(1.0).__eq__(1)",
    "(1).__lt__(2.0)", "(1).__floordiv__(0.5)", "(1,).__add__([1])", "(1).__and__(1.0)",
    "[1].__eq__(1)", "[1].__eq__([1])", "'a'.__eq__(1)", "'a'.__lt__(1)", "(1,).__eq__([1])",
    "{1: 2}.__eq__([])", "{1}.__eq__(frozenset({1}))", "{1}.__or__([2])", "[1].__mul__(2)",
    "[1].__rmul__(3)", "'ab'.__mul__(2)", "(1).__sub__(True)", "(2.5).__mul__(2)",
    "(3).__mod__(2.0)", "(3.0).__mod__(2)", "[1].__iadd__((2,))", "'x'.__ne__(1)",
    "(1).__ne__(1.0)", "(5).__xor__(3)", "(5).__or__(None)",
]
for c in cases:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "->", type(e).__name__, e)

class L(list):
    def __eq__(self, o):
        return super().__eq__(o)
print(L([1]) == 1, L([1]) == [1], L([1]).__eq__(1))
class M(list):
    def t(self):
        return super().__add__(3)
try:
    M().t()
except TypeError as e:
    print("TypeError", e)
print(getattr(1, "__add__"))
print([].__len__, {}.__contains__, "a".__getitem__)
print(hasattr([], "__len__"), hasattr(1, "__getitem__"), hasattr("a", "__bool__"), [].__hash__)
print(sorted([3, 1, 2], key=(10).__sub__))
print(list(map((2).__mul__, [1, 2, 3])))
f = "x=%s".__mod__
print(f(5))
