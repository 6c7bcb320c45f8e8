# A context-manager-based resource tracker: nested acquisition, rollback, leak detection.
class ResourceError(Exception):
    pass

class Tracker:
    def __init__(self):
        self.open = []
        self.events = []

    def resource(self, name, fail_on_enter=False, fail_on_exit=False):
        return Resource(self, name, fail_on_enter, fail_on_exit)

    def log(self, msg):
        self.events.append(msg)
        print('  ' * len(self.open) + msg)

class Resource:
    def __init__(self, tracker, name, fail_on_enter, fail_on_exit):
        self.tracker, self.name = tracker, name
        self.fail_on_enter, self.fail_on_exit = fail_on_enter, fail_on_exit

    def __enter__(self):
        if self.fail_on_enter:
            self.tracker.log('cannot acquire ' + self.name)
            raise ResourceError('acquire failed: ' + self.name)
        self.tracker.log('acquire ' + self.name)
        self.tracker.open.append(self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.tracker.open.remove(self.name)
        status = 'ok' if exc_type is None else 'error %s(%s)' % (exc_type.__name__, exc)
        self.tracker.log('release %s [%s]' % (self.name, status))
        if self.fail_on_exit:
            raise ResourceError('release failed: ' + self.name)
        return exc_type is KeyError

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print('rolled back after', exc_type.__name__)
        else:
            print('committed', sorted(self.store.items()))
        return False

t = Tracker()
with t.resource('db') as db, t.resource('cache'):
    with t.resource('file'):
        print('working with', db.name, t.open)
print('open after:', t.open)
with t.resource('lookup'):
    {}['missing']
print('KeyError was suppressed by __exit__')
try:
    with t.resource('net'):
        with t.resource('socket', fail_on_enter=True):
            print('unreachable')
except ResourceError as e:
    print('caught', e, '| open:', t.open)
try:
    with t.resource('flaky', fail_on_exit=True):
        raise ValueError('work failed')
except ResourceError as e:
    print('caught', e, '| context:', repr(e.__context__))
def worker(n):
    for i in range(n):
        with t.resource('job%d' % i):
            if i == 1:
                continue
            if i == 2:
                return 'returned at %d' % i
print(worker(5), t.open)
store = {'a': 1}
with Transaction(store) as s:
    s['b'] = 2
try:
    with Transaction(store) as s:
        s['c'] = 3
        del s['a']
        raise RuntimeError('abort')
except RuntimeError:
    pass
print(store)
print(len(t.events), 'events;', sum(1 for e in t.events if e.startswith('release')), 'releases')
with t.resource('last', fail_on_exit=True):
    pass
