def classify(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return 'going ' + direction
        case ['go', other]:
            return 'cannot go ' + other
        case ['take', item] if item.startswith('gold'):
            return 'greedy: ' + item
        case ['take', item]:
            return 'taking ' + item
        case ['drop', *items] if len(items) > 1:
            return 'dropping many: ' + ', '.join(items)
        case ['drop', *items]:
            return 'dropping %r' % items
        case ['quit' | 'exit' | 'q']:
            return 'bye'
        case [('look' | 'l') as verb, *_] as whole:
            return 'looking (%s, %d words)' % (verb, len(whole))
        case _:
            return 'unknown command'

for c in ['go north', 'go up', 'take goldbar', 'take apple', 'drop a b c', 'drop a',
          'drop', 'q', 'exit', 'look around here', 'l', 'dance', '']:
    print(repr(c), '->', classify(c))
