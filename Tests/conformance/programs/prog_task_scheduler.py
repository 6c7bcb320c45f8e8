# A small task scheduler: dataclasses for tasks, an ABC for executors, deque/Counter/
# defaultdict/OrderedDict/namedtuple for the bookkeeping.
from abc import ABC, abstractmethod
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from dataclasses import dataclass, field, replace, asdict

Result = namedtuple('Result', 'task status detail', defaults=[''])

@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    deps: tuple = field(default=(), compare=False)
    retries: int = field(default=0, compare=False, repr=False)

class Executor(ABC):
    @abstractmethod
    def run(self, task):
        ...
    def describe(self):
        return type(self).__name__

class Echo(Executor):
    def run(self, task):
        if 'fail' in task.name and task.retries < 1:
            raise RuntimeError(f'{task.name} failed')
        return f'ran {task.name}'

class Scheduler:
    def __init__(self, executor):
        self.executor = executor
        self.queue = deque()
        self.done = OrderedDict()
        self.log = deque(maxlen=4)
        self.stats = Counter()
        self.waiting = defaultdict(list)

    def submit(self, *tasks):
        for t in sorted(tasks):
            missing = [d for d in t.deps if d not in self.done]
            if missing:
                for d in missing:
                    self.waiting[d].append(t)
            else:
                self.queue.append(t)

    def step(self):
        task = self.queue.popleft()
        try:
            detail = self.executor.run(task)
        except RuntimeError as e:
            self.stats['retry'] += 1
            self.queue.append(replace(task, retries=task.retries + 1))
            self.log.append(Result(task.name, 'retry', str(e)))
            return
        self.stats['ok'] += 1
        self.done[task.name] = Result(task.name, 'ok', detail)
        self.log.append(self.done[task.name])
        for waiter in self.waiting.pop(task.name, []):
            if all(d in self.done for d in waiter.deps) and waiter not in self.queue:
                self.queue.appendleft(waiter)

    def run(self):
        while self.queue:
            self.step()
        return self

s = Scheduler(Echo())
s.submit(Task(2, 'build', ('fetch',)), Task(1, 'fetch'), Task(3, 'test-fail', ('build',)),
         Task(5, 'deploy', ('test-fail', 'build')), Task(4, 'lint'))
s.run()
print(list(s.done))
print(s.stats, s.stats.most_common(1), s.stats.total())
for entry in s.log:
    print(entry)
print(s.done['deploy']._asdict(), dict(s.waiting))
try:
    Executor()
except TypeError as e:
    print(e)
print(asdict(Task(1, 'x', ('a',))), sorted([Task(3, 'c'), Task(1, 'a')]))
print(isinstance(s.executor, Executor), s.executor.describe(), s.log.maxlen)
