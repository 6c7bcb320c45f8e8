// string, written in Python: the character-class constants, capwords and Template.
//
// CPython's Template finds placeholders with a regular expression built from the class's
// delimiter and idpattern. pyrust has no `re`, so placeholders are found by a scanner that
// does what the default pattern does: $$, $identifier, ${identifier}, and anything else after
// a delimiter is invalid. A subclass may change the delimiter; one that changes the pattern,
// idpattern, braceidpattern or flags is refused when it is defined. string.Formatter is not
// provided (its use says so).

extension LibrarySource {
    static let string = #"""
"""A collection of string constants, capwords and Template."""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords', 'digits', 'hexdigits',
           'octdigits', 'printable', 'punctuation', 'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word, and join them with sep (a space by default)."""
    return (sep or ' ').join([word.capitalize() for word in s.split(sep)])


_ID_START = '_' + ascii_letters
_ID_REST = _ID_START + digits
_SENTINEL = {}


def _identifier_end(text, i):
    # End of the ASCII identifier starting at i (i itself when there is none).
    n = len(text)
    if i >= n or text[i] not in _ID_START:
        return i
    i += 1
    while i < n and text[i] in _ID_REST:
        i += 1
    return i


def _placeholders(template, delimiter):
    # Yields (kind, start, end, name) for each placeholder, left to right: kind is 'escaped',
    # 'named', 'braced' or 'invalid'; start..end is the text it replaces.
    if not isinstance(template, str):
        raise TypeError(f"expected string or bytes-like object, got '{type(template).__name__}'")
    size = len(delimiter)
    if not size:
        raise NotImplementedError('string.Template with an empty delimiter is not supported by pyrust')
    i = template.find(delimiter)
    while i >= 0:
        after = i + size
        if template.startswith(delimiter, after):
            yield 'escaped', i, after + size, None
            i = template.find(delimiter, after + size)
            continue
        end = _identifier_end(template, after)
        if end > after:
            yield 'named', i, end, template[after:end]
            i = template.find(delimiter, end)
            continue
        if template.startswith('{', after):
            end = _identifier_end(template, after + 1)
            if end > after + 1 and template.startswith('}', end):
                yield 'braced', i, end + 1, template[after + 1:end]
                i = template.find(delimiter, end + 1)
                continue
        yield 'invalid', i, after, None
        i = template.find(delimiter, after)


class _ChainedMapping:
    # The keyword arguments first, then the mapping (CPython's ChainMap(kws, mapping)).
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        for name in ('pattern', 'idpattern', 'braceidpattern', 'flags'):
            if name in cls.__dict__:
                raise NotImplementedError(
                    f'string.Template subclasses that set {name} are not supported by pyrust yet (no re module)')

    def __init__(self, template):
        self.template = template

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_SENTINEL, /, **kws):
        if mapping is _SENTINEL:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        template = self.template
        pieces = []
        last = 0
        for kind, start, end, name in _placeholders(template, self.delimiter):
            pieces.append(template[last:start])
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(end)
            else:
                pieces.append(str(mapping[name]))
            last = end
        pieces.append(template[last:])
        return ''.join(pieces)

    def safe_substitute(self, mapping=_SENTINEL, /, **kws):
        if mapping is _SENTINEL:
            mapping = kws
        elif kws:
            mapping = _ChainedMapping(kws, mapping)
        template = self.template
        pieces = []
        last = 0
        for kind, start, end, name in _placeholders(template, self.delimiter):
            pieces.append(template[last:start])
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                pieces.append(template[start:end])
            else:
                try:
                    pieces.append(str(mapping[name]))
                except KeyError:
                    pieces.append(template[start:end])
            last = end
        pieces.append(template[last:])
        return ''.join(pieces)

    def is_valid(self):
        for kind, start, end, name in _placeholders(self.template, self.delimiter):
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in _placeholders(self.template, self.delimiter):
            if name is not None and name not in ids:
                ids.append(name)
        return ids


class Formatter:
    """Not provided by pyrust: using it raises NotImplementedError."""

    def __init__(self, *args, **kwargs):
        raise NotImplementedError('string.Formatter is not supported by pyrust yet')
"""#
}
