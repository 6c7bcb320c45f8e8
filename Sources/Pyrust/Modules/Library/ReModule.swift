// re, written in Python over the Swift engine (_re, Modules/ReNativeModule.swift: parser,
// compiler, backtracking matcher and the per-thread cache of compiled programs). This half
// holds the API: flags, re.error, Pattern, Match, sub templates, split and findall.

extension LibrarySource {
    static let re = #"""
"""Support for regular expressions (RE)."""

import _re
from operator import index as _index_of

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
           'purge', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE',
           'NOFLAG', 'RegexFlag']

_MAXSIZE = 9223372036854775807
_FLAG_NAMES = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
               ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256))
# The order RegexFlag's repr names them in (its members' order; Pattern's repr uses the one above).
_MEMBER_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
                 ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))


def _flags_text(value, prefix, order=_FLAG_NAMES):
    names = []
    rest = value
    for name, bit in order:
        if value & bit:
            names.append(prefix + name)
            rest &= ~bit
    if rest:
        names.append(hex(rest))
    return '|'.join(names)


class RegexFlag(int):
    """The flags of re (an int whose repr names its bits)."""
    __module__ = 're'

    def __repr__(self):
        v = int(self)
        if v == 0:
            return 're.NOFLAG'
        if v < 0:
            return 're.RegexFlag(%d)' % v
        return _flags_text(v, 're.', _MEMBER_ORDER)

    __str__ = __repr__

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self) & 511)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)


class error(Exception):
    """A regular expression that is not valid: msg, pattern, pos, lineno, colno."""
    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


def _int_flags(flags):
    if isinstance(flags, int):
        return int(flags)
    raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'" % type(flags).__name__)


def _compile(pattern, flags):
    if flags.__class__ is int and pattern.__class__ is str and not flags & 128:
        prog, final_flags, groups, names = _re.compile(pattern, flags, error)
        p = object.__new__(Pattern)
        p._prog = prog
        p._pattern = pattern
        p._flags = final_flags
        p._groups = groups
        p._groupindex = dict(names) if names else {}
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    flags = _int_flags(flags)
    if flags & 128:
        raise NotImplementedError('re.DEBUG is not supported by pyrust')
    if not isinstance(pattern, (str, bytes)):
        hash(pattern)       # CPython looks the pattern up in a cache first
        if isinstance(pattern, bytearray):
            pattern = bytes(pattern)
        else:
            raise TypeError('first argument must be string or compiled pattern')
    prog, final_flags, groups, names = _re.compile(pattern, flags, error)
    p = object.__new__(Pattern)
    p._prog = prog
    p._pattern = pattern
    p._flags = final_flags
    p._groups = groups
    p._groupindex = dict(names)
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the
    pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but return a tuple (new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression cache"
    _re.purge()


_SPECIAL = {c: '\\' + chr(c) for c in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    pattern = str(pattern, 'latin1')
    return pattern.translate(_SPECIAL).encode('latin1')


def _template_error(message, template, pos):
    return error(message, template, pos)


def _parse_template(pattern, template):
    # A list of str pieces and int group indexes, following CPython's template syntax.
    is_bytes = not isinstance(template, str)
    text = str(template, 'latin1') if is_bytes else template
    items = []
    literal = []
    n = len(text)
    groups = pattern._groups
    i = 0

    def addgroup(index, pos):
        if index > groups:
            raise error('invalid group reference %d' % index, template, pos)
        if literal:
            items.append(''.join(literal))
            literal.clear()
        items.append(index)

    while i < n:
        c = text[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', template, n - 1)
        start = i
        c = text[i + 1]
        i += 2
        if c == 'g':
            if i >= n or text[i] != '<':
                raise error('missing <', template, i)
            i += 1
            j = i
            while j < n and text[j] != '>':
                j += 1
            name = text[i:j]
            if j >= n:
                if not name:
                    raise error('missing group name', template, n)
                raise error('missing >, unterminated name', template, i)
            if not name:
                raise error('missing group name', template, j)
            i = j + 1
            if name.isidentifier():
                if name not in pattern._groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern._groupindex[name]
            else:
                if not (name.isdigit() and name.isascii()):
                    raise error("bad character in group name '%s'" % name, template, j - len(name))
                index = int(name)
                if index >= 1073741824:
                    raise error('invalid group reference %d' % index, template, j - len(name))
            addgroup(index, j - len(name))
        elif c == '0':
            digits = c
            while len(digits) < 3 and i < n and text[i] in '01234567':
                digits += text[i]
                i += 1
            literal.append(chr(int(digits, 8) & 0xff))
        elif c in '0123456789':
            digits = c
            octal = False
            if i < n and text[i] in '0123456789':
                digits += text[i]
                i += 1
                if c in '01234567' and digits[1] in '01234567' and i < n and text[i] in '01234567':
                    digits += text[i]
                    i += 1
                    octal = True
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % digits, template, start)
                    literal.append(chr(value))
            if not octal:
                addgroup(int(digits), start + 1)
        else:
            esc = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}.get(c)
            if esc is not None:
                literal.append(esc)
            elif c.isascii() and c.isalpha():
                raise error('bad escape \\%s' % c, template, start)
            else:
                literal.append('\\' + c)
    if literal:
        items.append(''.join(literal))
    if is_bytes:
        items = [x.encode('latin1') if isinstance(x, str) else x for x in items]
    return items


def _text(string):
    # What slices of the subject are: a bytearray's are bytes, as in CPython.
    return bytes(string) if isinstance(string, bytearray) else string


def _expand(items, string, regs, empty):
    out = []
    for x in items:
        if x.__class__ is int:
            s, e = regs[x]
            if s >= 0:
                out.append(string[s:e])
        else:
            out.append(x)
    return empty.join(out)


class _Alias:
    """What re.Pattern[str] and re.Match[bytes] give (for annotations): prints as CPython's."""
    __module__ = 'types'
    __qualname__ = __name__ = 'GenericAlias'
    __slots__ = ('__origin__', '__args__')

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def name(a):
            if isinstance(a, type):
                return a.__qualname__ if a.__module__ == 'builtins' else a.__module__ + '.' + a.__qualname__
            return '...' if a is Ellipsis else repr(a)
        return '%s[%s]' % (name(self.__origin__), ', '.join(name(a) for a in self.__args__))

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return _Union((self, other))

    def __ror__(self, other):
        return _Union((other, self))


class _Union:
    """re.Match[str] | None in an annotation: prints as CPython's types.UnionType."""
    __module__ = 'types'
    __qualname__ = __name__ = 'UnionType'
    __slots__ = ('__args__',)

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        def name(a):
            if a is None:
                return 'None'
            if isinstance(a, type):
                return a.__qualname__ if a.__module__ == 'builtins' else a.__module__ + '.' + a.__qualname__
            return repr(a)
        return ' | '.join(name(a) for a in self.__args__)

    def __or__(self, other):
        return _Union(self.__args__ + (other,))

    def __ror__(self, other):
        return _Union((other,) + self.__args__)


class Pattern:
    """A compiled regular expression."""
    __module__ = 're'
    __slots__ = ('_prog', '_pattern', '_flags', '_groups', '_groupindex', '__weakref__')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __class_getitem__(cls, item):
        return _Alias(cls, item)

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str) and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return 're.compile(%s, %s)' % (text, _flags_text(flags, 're.'))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._flags == other._flags and type(self._pattern) is type(other._pattern) \
            and self._pattern == other._pattern

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _make(self, found, string):
        # found: (lastindex, regs, pos, endpos) from _re, pos and endpos clamped as CPython does.
        m = object.__new__(Match)
        m._lastindex, m._regs, m._pos, m._endpos = found
        m._string = string
        m._text = string if string.__class__ is not bytearray else bytes(string)
        m._re = self
        return m

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches zero or more characters at the beginning of the string."""
        found = _re.match(self._prog, string, pos, endpos, 0)
        return None if found is None else self._make(found, string)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches against all of the string."""
        found = _re.match(self._prog, string, pos, endpos, 1)
        return None if found is None else self._make(found, string)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a corresponding match object instance."""
        found = _re.match(self._prog, string, pos, endpos, 2)
        return None if found is None else self._make(found, string)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """Return a list of all non-overlapping matches of pattern in string."""
        return _re.findall(self._prog, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE pattern in string."""
        found = _re.scan(self._prog, string, pos, endpos, 0)
        return iter([self._make(f, string) for f in found])

    def _subx(self, repl, string, count):
        if count.__class__ is not int:
            count = _index_of(count)
        is_str = isinstance(self._pattern, str)
        if callable(repl):
            items = None
        else:
            if not isinstance(repl, (str, bytes, bytearray)):
                hash(repl)      # CPython looks the template up in a cache first
                raise TypeError('decoding to str: need a bytes-like object, %s found' % type(repl).__name__)
            backslash = '\\' if isinstance(repl, str) else b'\\'
            items = _parse_template(self, repl) if backslash in repl else [repl]
        if count < 0:
            return _text(string), 0
        if items is not None:
            # A template (or a literal replacement): the whole substitution runs in _re.
            is_bytes_items = not isinstance(self._pattern, str)
            ok = True
            for x in items:
                if x.__class__ is not int and (isinstance(x, str) == is_bytes_items):
                    ok = False
            if ok:
                return _re.sub(self._prog, string, tuple(items), count)
        found = _re.scan(self._prog, string, 0, _MAXSIZE, count)
        if not found:
            return _text(string), 0
        subject = string
        string = _text(string)
        empty = string[:0]
        pieces = []
        last = 0
        for f in found:
            regs = f[1]
            s, e = regs[0]
            if s > last:
                pieces.append(string[last:s])
            if items is None:
                r = repl(self._make(f, subject))
                if r is not None:
                    pieces.append(r)
            elif len(items) == 1 and items[0].__class__ is not int:
                pieces.append(items[0])
            else:
                pieces.append(_expand(items, string, regs, empty))
            last = e
        pieces.append(string[last:])
        return empty.join(pieces), len(found)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by replacing the leftmost non-overlapping occurrences of pattern with the replacement repl."""
        return self._subx(repl, string, count)

    def split(self, string, maxsplit=0):
        """Split string by the occurrences of pattern."""
        if maxsplit.__class__ is not int:
            maxsplit = _index_of(maxsplit)
        if maxsplit < 0:
            _re.scan(self._prog, string, 0, 0, 1)
            return [string]
        found = _re.scan(self._prog, string, 0, _MAXSIZE, maxsplit)
        string = _text(string)
        out = []
        last = 0
        for _, regs, _pos, _endpos in found:
            s, e = regs[0]
            out.append(string[last:s])
            for gs, ge in regs[1:]:
                out.append(string[gs:ge] if gs >= 0 else None)
            last = e
        out.append(string[last:])
        return out

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError('re.Pattern.scanner is not supported by pyrust')


class Match:
    """The result of re.match() and re.search()."""
    __module__ = 're'
    __slots__ = ('_lastindex', '_regs', '_string', '_text', '_re', '_pos', '_endpos')

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __class_getitem__(cls, item):
        return _Alias(cls, item)

    @property
    def string(self):
        return self._string

    @property
    def re(self):
        return self._re

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        return self._lastindex

    @property
    def lastgroup(self):
        if self._lastindex is None:
            return None
        for name, index in self._re._groupindex.items():
            if index == self._lastindex:
                return name
        return None

    @property
    def regs(self):
        return self._regs

    def _index(self, group):
        if group.__class__ is int:
            if 0 <= group < len(self._regs):
                return group
            raise IndexError('no such group')
        if isinstance(group, int):
            group = int(group)
            if 0 <= group < len(self._regs):
                return group
            raise IndexError('no such group')
        if isinstance(group, str):
            index = self._re._groupindex.get(group)
            if index is None:
                raise IndexError('no such group')
            return index
        try:
            group = _index_of(group)
        except TypeError:
            raise IndexError('no such group') from None
        if 0 <= group < len(self._regs):
            return group
        raise IndexError('no such group')

    def _get(self, group, default=None):
        s, e = self._regs[self._index(group)]
        if s < 0:
            return default
        return self._text[s:e]

    def group(self, *args):
        """Return one or more subgroups of the match."""
        if not args:
            s, e = self._regs[0]
            return self._text[s:e]
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(g) for g in args)

    def __getitem__(self, group):
        return self._get(group)

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1."""
        string = self._text
        return tuple(string[s:e] if s >= 0 else default for s, e in self._regs[1:])

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the match, keyed by the subgroup name."""
        out = {}
        for name, index in self._re._groupindex.items():
            out[name] = self._get(index, default)
        return out

    def start(self, group=0):
        """Return index of the start of the substring matched by group."""
        return self._regs[self._index(group)][0]

    def end(self, group=0):
        """Return index of the end of the substring matched by group."""
        return self._regs[self._index(group)][1]

    def span(self, group=0):
        """For match object m, return the 2-tuple (m.start(group), m.end(group))."""
        return self._regs[self._index(group)]

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the string template, as done by the sub() method."""
        items = _parse_template(self._re, template)
        empty = self._text[:0]
        return _expand(items, self._text, self._regs, empty)

    def __repr__(self):
        s, e = self._regs[0]
        return '<re.Match object; span=(%d, %d), match=%s>' % (s, e, repr(self._text[s:e])[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self
"""#
}
