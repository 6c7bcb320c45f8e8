def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return 'click at %d,%d' % (x, y)
        case {'type': 'key', 'key': str(k), **rest}:
            return 'key %s, rest %r' % (k, rest)
        case {'type': 'scroll', 'delta': 0}:
            return 'no scroll'
        case {'type': t}:
            return 'other event ' + t
        case {}:
            return 'mapping without type'
        case _:
            return 'not a mapping'

print(handle({'type': 'click', 'pos': (3, 4), 'extra': 1}))
print(handle({'type': 'key', 'key': 'a', 'shift': True, 'ctrl': False}))
print(handle({'type': 'key', 'key': 5}))
print(handle({'type': 'scroll', 'delta': 0}))
print(handle({'type': 'scroll', 'delta': 2}))
print(handle({'size': 1}))
print(handle([('type', 'click')]))
class D(dict):
    pass
print(handle(D(type='sub')))
match {1: 'one', 2: 'two'}:
    case {1: v, **others}:
        print(v, others)
