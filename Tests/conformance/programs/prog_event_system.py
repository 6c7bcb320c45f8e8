# An event bus with decorator-based subscription, priorities, filtering and error isolation.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.errors = []

    def on(self, event, priority=0, when=None):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn, when))
            self.handlers[event].sort(key=lambda h: (-h[0], h[1]))
            return fn
        return register

    def emit(self, event, **payload):
        print('emit %s %s' % (event, sorted(payload.items())))
        results = []
        for priority, _, fn, when in self.handlers.get(event, []):
            if when is not None and not when(payload):
                print('  skip %s (filtered)' % fn.__name__)
                continue
            try:
                result = fn(**payload)
            except Exception as e:
                self.errors.append((event, fn.__name__, type(e).__name__, str(e)))
                print('  %s failed: %s' % (fn.__name__, e))
                continue
            if result is StopPropagation:
                print('  %s stopped propagation' % fn.__name__)
                break
            results.append(result)
        return results

class StopPropagation:
    pass

bus = EventBus()
audit = []

def logged(fn):
    def wrapper(**kw):
        audit.append(fn.__name__)
        return fn(**kw)
    wrapper.__name__ = fn.__name__
    return wrapper

@bus.on('login')
@logged
def greet(user, **_):
    print('  welcome,', user)
    return 'greeted ' + user

@bus.on('login', priority=10)
def check_banned(user, **_):
    if user == 'mallory':
        print('  banned user!')
        return StopPropagation
    return 'ok ' + user

@bus.on('login', priority=5, when=lambda p: p.get('admin'))
def admin_notice(user, **_):
    print('  admin logged in:', user)
    return 'admin ' + user

@bus.on('purchase')
def charge(user, amount):
    if amount <= 0:
        raise ValueError('bad amount %r' % amount)
    return '%s paid %d' % (user, amount)

@bus.on('purchase', priority=-1)
def receipt(user, amount):
    return 'receipt for %s' % user

print(bus.emit('login', user='alice'))
print(bus.emit('login', user='root', admin=True))
print(bus.emit('login', user='mallory'))
print(bus.emit('purchase', user='bob', amount=30))
print(bus.emit('purchase', user='eve', amount=-1))
print(bus.emit('logout', user='alice'))
print('errors:', bus.errors)
print('audit:', audit)
print([fn.__name__ for _, _, fn, _ in bus.handlers['login']])
print(greet(user='direct'))
bus.emit('purchase', user='bob')
