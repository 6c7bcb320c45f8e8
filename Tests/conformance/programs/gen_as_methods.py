class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()

t = Tree(1, Tree(2, Tree(3), Tree(4)), Tree(5))
print(list(t), sum(t), 4 in t, 9 in t)
for depth, v in t.walk():
    print('  ' * depth + str(v))
print(list(t.leaves()))
print(type(t.walk()).__name__, t.walk.__qualname__, t.walk().__qualname__)
class Counter:
    @staticmethod
    def count(n):
        yield from range(n)
    @classmethod
    def named(cls):
        yield cls.__name__
print(list(Counter.count(3)), list(Counter.named()))
