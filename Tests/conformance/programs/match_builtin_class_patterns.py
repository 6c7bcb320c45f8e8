def kind(v):
    match v:
        case bool(b):
            return 'bool %r' % b
        case int(i) if i < 0:
            return 'negative int'
        case int():
            return 'int'
        case float(f):
            return 'float %r' % f
        case str(s) if not s:
            return 'empty str'
        case str(s):
            return 'str of len %d' % len(s)
        case list([x, *_]):
            return 'list starting with %r' % (x,)
        case tuple((a, b)):
            return 'pair %r %r' % (a, b)
        case dict(d) if 'k' in d:
            return 'dict with k'
        case set() | frozenset():
            return 'some set'
        case bytes(bs):
            return 'bytes %r' % bs
        case _:
            return 'other ' + type(v).__name__

for v in [True, -3, 4, 1.5, '', 'abc', [9, 8], [], (1, 2), (1, 2, 3), {'k': 0}, {},
          {1}, frozenset(), b'x', None, range(2)]:
    print(repr(v), '->', kind(v))
