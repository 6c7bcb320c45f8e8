# A JSON-like serializer and pretty printer using recursion, isinstance and custom objects.
class SerializeError(TypeError):
    pass

class Serializable:
    def to_data(self):
        return {k: v for k, v in vars(self).items() if not k.startswith('_')}

class User(Serializable):
    def __init__(self, name, tags, manager=None):
        self.name, self.tags, self.manager = name, tags, manager
        self._secret = 'hidden'

def quote(s):
    out = []
    for ch in s:
        match ch:
            case '"':
                out.append('\\"')
            case '\\':
                out.append('\\\\')
            case '\n':
                out.append('\\n')
            case '\t':
                out.append('\\t')
            case _ if ord(ch) < 32:
                out.append('\\u%04x' % ord(ch))
            case _:
                out.append(ch)
    return '"' + ''.join(out) + '"'

def dumps(value, indent=None, _level=0, _seen=None):
    seen = _seen if _seen is not None else []
    pad = '' if indent is None else '\n' + ' ' * (indent * (_level + 1))
    end = '' if indent is None else '\n' + ' ' * (indent * _level)
    sep = ', ' if indent is None else ','
    if value is None:
        return 'null'
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, (int, float)):
        if value != value or value in (float('inf'), float('-inf')):
            raise SerializeError('cannot serialize %r' % value)
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, Serializable):
        return dumps(value.to_data(), indent, _level, seen)
    if isinstance(value, (list, tuple, dict)):
        if any(v is value for v in seen):
            raise SerializeError('circular reference detected')
        seen.append(value)
        try:
            if isinstance(value, dict):
                if not value:
                    return '{}'
                parts = []
                for k, v in value.items():
                    if not isinstance(k, str):
                        raise SerializeError('keys must be str, not %s' % type(k).__name__)
                    parts.append(pad + quote(k) + ': ' + dumps(v, indent, _level + 1, seen))
                return '{' + sep.join(parts) + end + '}'
            if not value:
                return '[]'
            items = [pad + dumps(v, indent, _level + 1, seen) for v in value]
            return '[' + sep.join(items) + end + ']'
        finally:
            seen.pop()
    raise SerializeError('%s is not serializable' % type(value).__name__)

data = {'name': 'demo', 'version': 3, 'ratio': 0.25, 'ok': True, 'none': None,
        'list': [1, [2, [3, []]], {}], 'text': 'quote " backslash \\ newline \n tab \t bell \x07'}
print(dumps(data))
print(dumps(data, indent=2))
boss = User('ann', ['admin'])
print(dumps([User('bob', ('dev', 'ops'), manager=boss), boss], indent=1))
shared = [1, 2]
print(dumps({'a': shared, 'b': shared}))
loop = [1]
loop.append(loop)
for bad in [loop, {1: 'int key'}, {'x': {1, 2}}, float('nan'), [object]]:
    try:
        print(dumps(bad))
    except SerializeError as e:
        print(type(e).__name__, e, isinstance(e, TypeError))
def depth(v):
    if isinstance(v, dict):
        return 1 + max(map(depth, v.values()), default=0)
    if isinstance(v, (list, tuple)):
        return 1 + max(map(depth, v), default=0)
    return 0
print(depth(data), depth([]), depth(5))
dumps({'deep': [1, 2, (3, User('x', [complex(1, 2)]))]})
