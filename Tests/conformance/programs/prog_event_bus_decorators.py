class EventError(Exception):
    def __init__(self, event, handler, original):
        super().__init__('%s failed in %s' % (event, handler))
        self.event, self.handler, self.original = event, handler, original

class Bus:
    def __init__(self):
        self.handlers = {}
        self.history = []

    def on(self, event, *, priority=0, once=False):
        def register(fn):
            self.handlers.setdefault(event, []).append((-priority, len(self.handlers.get(event, [])), fn, once))
            self.handlers[event].sort(key=lambda h: h[:2])
            return fn
        return register

    def emit(self, event, **payload):
        results = []
        keep = []
        for entry in self.handlers.get(event, []):
            _, _, fn, once = entry
            try:
                results.append((fn.__name__, fn(**payload)))
            except Exception as exc:
                raise EventError(event, fn.__name__, exc) from exc
            finally:
                self.history.append((event, fn.__name__))
            if not once:
                keep.append(entry)
        self.handlers[event] = keep
        return results

bus = Bus()

def logged(prefix):
    def deco(fn):
        def wrapper(**kw):
            print('%s %s(%s)' % (prefix, fn.__name__, ', '.join('%s=%r' % kv for kv in sorted(kw.items()))))
            return fn(**kw)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@bus.on('order', priority=5)
@logged('[audit]')
def audit(item, qty):
    return 'audited %s x%d' % (item, qty)

@bus.on('order')
def stock(item, qty):
    if qty > 10:
        raise ValueError('not enough %s' % item)
    return 'reserved %d' % qty

@bus.on('order', priority=1, once=True)
def welcome(**kw):
    return 'first order bonus for %s' % kw['item']

class Stats:
    def __init__(self):
        self.count = 0
        self.qty = 0
    def __call__(self, item, qty):
        self.count += 1
        self.qty += qty
        return (self.count, self.qty)
    @property
    def __name__(self):
        return 'Stats#%d' % self.count

stats = Stats()
bus.on('order', priority=-1)(stats)

for item, qty in [('apple', 3), ('pear', 2), ('melon', 12)]:
    try:
        for name, result in bus.emit('order', item=item, qty=qty):
            print('  ', name, '->', result)
    except EventError as e:
        print('error:', e, '| cause:', type(e.__cause__).__name__, e.original)

print(bus.emit('unknown'))
print(bus.history)
print([h[2].__name__ for h in bus.handlers['order']])
print(stats.count, stats.qty)
bus.emit('order', item='x')
