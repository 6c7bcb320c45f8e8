class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for ch in self.children:
            yield from ch
    def walk(self, depth=0):
        yield depth, self.value
        for ch in self.children:
            yield from ch.walk(depth + 1)
    def leaves(self):
        if not self.children:
            return (yield self.value) or 1
        count = 0
        for ch in self.children:
            count += yield from ch.leaves()
        return count
t = Tree('root', Tree('a', Tree('a1'), Tree('a2')), Tree('b'))
print(list(t), list(t.walk()), 'a2' in t, max(t))
lv = t.leaves()
print(next(lv), lv.send(5), next(lv))
try: next(lv)
except StopIteration as e: print('leaf count', e.value)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Counter(), 4)), list(iter(Counter(), 1)))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lines.__next__, '')), next(lines))
print(list(iter(Tree('x', Tree('y')).walk().__next__, (1, 'y'))))
try:
    iter(5, None)
except TypeError as e:
    print('TypeError', e)
print(list(iter(t.leaves().__next__, 'b')))
