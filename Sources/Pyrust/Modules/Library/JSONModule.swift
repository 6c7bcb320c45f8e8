// json, written in Python over the Swift encoder and decoder (_json, Modules/JSONHelperModule.swift).
// This half checks and defaults the options as CPython's json does, and defines the classes.
// json.dump and json.load need file objects, which pyrust does not have: they say so.
//
// The last argument of _json's calls counts the Python frames CPython has between this code
// and its C encoder or scanner (encode/iterencode, decode/raw_decode), so that deep nesting
// hits the recursion limit at CPython's depth.

extension LibrarySource {
    static let json = #"""
"""JSON (JavaScript Object Notation) encoder and decoder."""

import _json

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    """ValueError with the position of a JSON syntax error: msg, doc, pos, lineno, colno."""
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _indent_text(indent):
    if indent is None or isinstance(indent, str):
        return indent
    return ' ' * indent


class JSONEncoder:
    """Python values to JSON text (dict, list, tuple, str, int, float, bool, None)."""
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        return _json.encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                            self.sort_keys, _indent_text(self.indent), self.item_separator,
                            self.key_separator, self.default, 1)

    def iterencode(self, o, _one_shot=False):
        raise NotImplementedError('json.JSONEncoder.iterencode is not supported by pyrust yet (use encode)')


class JSONDecoder:
    """JSON text to Python values."""
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        if not isinstance(s, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")
        return _json.decode(s, 0, True, self.strict, self.object_hook, self.object_pairs_hook,
                            self.parse_float, self.parse_int, self.parse_constant, JSONDecodeError, 1)

    def raw_decode(self, s, idx=0):
        return _json.decode(s, idx, False, self.strict, self.object_hook, self.object_pairs_hook,
                            self.parse_float, self.parse_int, self.parse_constant, JSONDecodeError, 0)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if cls is None and not kw:
        if separators is not None:
            item_separator, key_separator = separators
        elif indent is not None:
            item_separator, key_separator = ',', ': '
        else:
            item_separator, key_separator = ', ', ': '
        return _json.encode(obj, skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys,
                            _indent_text(indent), item_separator, key_separator, default, 2)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    """Deserialize s (a str holding a JSON document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif s.__class__.__name__ in ('bytes', 'bytearray'):
        raise NotImplementedError('json.loads of bytes is not supported by pyrust yet (decode to str first)')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if cls is None and not kw:
        return _json.decode(s, 0, True, True, object_hook, object_pairs_hook, parse_float, parse_int,
                            parse_constant, JSONDecodeError, 2)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def dump(obj, fp, **kw):
    raise NotImplementedError('json.dump is not supported by pyrust (no file objects): use json.dumps')


def load(fp, **kw):
    raise NotImplementedError('json.load is not supported by pyrust (no file objects): use json.loads')
"""#

    /// json.decoder and json.encoder: the classes CPython defines there.
    static let jsonDecoder = #"""
from json import JSONDecoder, JSONDecodeError
"""#

    static let jsonEncoder = #"""
from json import JSONEncoder
"""#
}
