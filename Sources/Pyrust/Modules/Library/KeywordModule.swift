// keyword, written in Python (compiled once per thread on first import): Python 3.11's
// keywords and soft keywords.

extension LibrarySource {
    static let keyword = #"""
"""Keywords (from "Grammar/python.gram")"""

__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']

kwlist = [
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
    'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
    'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]

softkwlist = ['_', 'case', 'match']

_KEYWORDS = frozenset(kwlist)
_SOFT_KEYWORDS = frozenset(softkwlist)


def iskeyword(*args):
    if len(args) != 1:
        raise TypeError(f'frozenset.__contains__() takes exactly one argument ({len(args)} given)')
    return args[0] in _KEYWORDS


def issoftkeyword(*args):
    if len(args) != 1:
        raise TypeError(f'frozenset.__contains__() takes exactly one argument ({len(args)} given)')
    return args[0] in _SOFT_KEYWORDS


# CPython's are frozenset.__contains__ bound to the keyword sets.
for _f in (iskeyword, issoftkeyword):
    _f.__name__ = '__contains__'
    _f.__qualname__ = 'frozenset.__contains__'
"""#
}
