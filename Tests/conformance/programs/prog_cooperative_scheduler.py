class Task:
    next_id = 1
    def __init__(self, name, gen):
        self.name, self.gen = name, gen
        self.id = Task.next_id
        Task.next_id += 1
        self.inbox = None
        self.result = None
    def __repr__(self):
        return '<Task %d %s>' % (self.id, self.name)

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

class Send:
    def __init__(self, target, msg):
        self.target, self.msg = target, msg

class Recv:
    pass

class Scheduler:
    def __init__(self):
        self.ready, self.sleeping, self.waiting, self.tasks = [], [], {}, {}
        self.clock = 0
        self.log = []

    def spawn(self, name, gen):
        t = Task(name, gen)
        self.tasks[name] = t
        self.ready.append(t)
        return t

    def step(self, task):
        try:
            request = task.gen.send(task.inbox)
            task.inbox = None
        except StopIteration as stop:
            task.result = stop.value
            self.log.append((self.clock, task.name, 'done', stop.value))
            return
        except Exception as exc:
            self.log.append((self.clock, task.name, 'crashed', repr(exc)))
            return
        match request:
            case Sleep(ticks=n) if n > 0:
                self.sleeping.append((self.clock + n, task.id, task))
            case Send(target=name, msg=msg):
                dest = self.tasks.get(name)
                if dest is None:
                    task.inbox = KeyError(name)
                elif dest.name in self.waiting:
                    dest.inbox = msg
                    self.ready.append(self.waiting.pop(dest.name))
                else:
                    dest.queue = getattr(dest, 'queue', []) + [msg]
                self.ready.append(task)
            case Recv():
                queue = getattr(task, 'queue', [])
                if queue:
                    task.inbox = queue.pop(0)
                    self.ready.append(task)
                else:
                    self.waiting[task.name] = task
            case None | Sleep():
                self.ready.append(task)
            case other:
                try:
                    task.gen.throw(TypeError('bad request %r' % (other,)))
                except TypeError as exc:
                    self.log.append((self.clock, task.name, 'rejected', str(exc), type(exc).__name__))

    def run(self, limit=50):
        while (self.ready or self.sleeping) and self.clock < limit:
            self.sleeping.sort(key=lambda s: s[:2])
            while self.sleeping and self.sleeping[0][0] <= self.clock:
                self.ready.append(self.sleeping.pop(0)[2])
            batch, self.ready = self.ready, []
            for task in batch:
                self.step(task)
            self.clock += 1
        return self.clock

def producer(n):
    for i in range(n):
        yield Sleep(i % 2)
        error = yield Send('consumer', i * i)
        if error:
            print('send failed', error)
    yield Send('consumer', None)
    yield Send('nobody', 'lost')
    return 'produced %d' % n

def consumer():
    total = 0
    while (item := (yield Recv())) is not None:
        total += item
        print('consumed', item, 'total', total)
    return total

def faulty():
    yield
    yield 42

s = Scheduler()
s.spawn('consumer', consumer())
s.spawn('producer', producer(4))
s.spawn('faulty', faulty())
print('finished at tick', s.run())
for entry in s.log:
    print(entry)
print({name: t.result for name, t in sorted(s.tasks.items())})
