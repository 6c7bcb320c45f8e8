class Validated:
    def __setattr__(self, name, value):
        print('Validated.set', name, value)
        if name.startswith('n_') and not isinstance(value, int):
            raise TypeError('%s must be int' % name)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print('Validated.del', name)
        if name == 'n_keep':
            raise AttributeError('cannot delete ' + name)
        super().__delattr__(name)
class Tracked(Validated):
    def __init__(self):
        self.n_count = 0
        object.__setattr__(self, 'raw', 'bypass')
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 2 if name == 'n_count' else value)
    @property
    def both(self):
        return self.n_count, self.raw
    @both.setter
    def both(self, pair):
        print('both.setter')
        self.n_count, self.raw = pair
t = Tracked()
print(vars(t))
t.both = (5, 'r')
print(t.both)
t.n_keep = 1
for action in (lambda: setattr(t, 'n_bad', 'x'), lambda: delattr(t, 'n_keep'), lambda: delattr(t, 'ghost')):
    try:
        action()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
del t.raw
print(vars(t))
t.n_count += 1
print(t.n_count)
Validated.__setattr__(t, 'n_last', 'str')
