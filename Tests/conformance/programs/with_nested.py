class Level:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('  ' * Level.depth + 'enter ' + self.name)
        Level.depth += 1
        return self
    def __exit__(self, et, ev, tb):
        Level.depth -= 1
        print('  ' * Level.depth + 'exit ' + self.name + (' with ' + et.__name__ if et else ''))
        return self.name == 'catcher'

with Level('outer'):
    with Level('middle'):
        with Level('inner'):
            print('deep inside')
with Level('catcher'):
    with Level('passer'):
        raise IndexError('from innermost')
    print('not reached')
print('after nesting, depth', Level.depth)
def gen():
    with Level('in generator'):
        yield 1
        yield 2
for v in gen():
    print('value', v)
