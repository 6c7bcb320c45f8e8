def make_counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step

print(list(iter(make_counter(), 5)))
data = [3, 1, 4, 0, 5, 9]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
for x in iter(read, 0):
    print('read', x)
print('stopped at index', pos[0])
class Reader:
    def __init__(self, lines):
        self.lines = list(lines)
    def __call__(self):
        return self.lines.pop(0) if self.lines else ''
print(list(iter(Reader(['a', 'b', 'c']), '')))
it = iter(make_counter(), 3)
print(type(it).__name__, next(it), next(it), next(it, 'sentinel hit'))
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError', e)
def raising():
    raise StopIteration
print(list(iter(raising, None)))
