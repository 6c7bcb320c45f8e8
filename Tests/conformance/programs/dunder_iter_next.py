class Countdown:
    def __init__(self, start):
        self.n = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
for x in Countdown(2):
    print('for', x)
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
it = iter(Countdown(1))
print(type(it).__name__, it is iter(it))
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
class NoNext:
    pass
try:
    next(NoNext())
except TypeError as e:
    print('TypeError', e)
next(Countdown(0))
