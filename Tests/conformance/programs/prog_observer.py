# The observer pattern: observable properties via descriptors, weak-free subscription lists,
# computed values and change batching with a context manager.
class Observable:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        old = obj.__dict__.get(self.name)
        obj.__dict__[self.name] = value
        if old != value:
            obj.notify(self.name, old, value)

class Subject:
    def __init__(self):
        self._observers = []
        self._batch = None
    def subscribe(self, fn, *fields):
        self._observers.append((fn, fields))
        return lambda: self._observers.remove((fn, fields))
    def notify(self, field, old, new):
        if self._batch is not None:
            self._batch.append((field, old, new))
            return
        for fn, fields in list(self._observers):
            if not fields or field in fields:
                fn(self, field, old, new)
    def batch(self):
        return Batch(self)

class Batch:
    def __init__(self, subject):
        self.subject = subject
    def __enter__(self):
        self.subject._batch = []
        return self.subject
    def __exit__(self, et, ev, tb):
        changes, self.subject._batch = self.subject._batch, None
        if et is not None:
            print('batch aborted by %s, %d changes dropped' % (et.__name__, len(changes)))
            return False
        merged = {}
        for field, old, new in changes:
            merged[field] = (merged[field][0] if field in merged else old, new)
        for field, (old, new) in merged.items():
            if old != new:
                self.subject.notify(field, old, new)

class Stock(Subject):
    price = Observable()
    volume = Observable()
    def __init__(self, symbol, price):
        super().__init__()
        self.symbol = symbol
        self.price = price
        self.volume = 0

def printer(stock, field, old, new):
    print('  [print] %s.%s: %r -> %r' % (stock.symbol, field, old, new))

class Alert:
    def __init__(self, limit):
        self.limit, self.fired = limit, []
    def __call__(self, stock, field, old, new):
        if new is not None and new > self.limit:
            self.fired.append((stock.symbol, new))
            print('  [alert] %s above %r' % (stock.symbol, self.limit))

s = Stock('PYR', 10)
unsubscribe = s.subscribe(printer)
alert = Alert(15)
s.subscribe(alert, 'price')
print('price moves')
for p in [12, 12, 16, 14, 20]:
    s.price = p
print('volume changes')
s.volume += 100
s.volume += 50
print('batched')
with s.batch():
    s.price = 30
    s.price = 31
    s.volume = 999
    s.price = 20
print('batch with no net change')
with s.batch():
    s.price = 99
    s.price = 20
print('aborted batch')
try:
    with s.batch() as st:
        st.price = 1
        raise RuntimeError('feed down')
except RuntimeError as e:
    print('error:', e, '| price is now', s.price)
unsubscribe()
print('after unsubscribe')
s.price = 50
print('alerts:', alert.fired, 'observers left:', len(s._observers))
print(type(Stock.price).__name__, Stock.price.name, sorted(vars(s)))
unsubscribe()
