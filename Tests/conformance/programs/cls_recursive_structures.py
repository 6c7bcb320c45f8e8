class Tree:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
    def show(self, indent=0):
        print(' ' * indent + str(self.value))
        for c in self.children:
            c.show(indent + 2)
    def find(self, v):
        if self.value == v:
            return self
        for c in self.children:
            r = c.find(v)
            if r is not None:
                return r
        return None

t = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6, [Tree(7)])])])
t.show()
print(t.total(), t.depth())
print(t.find(6).value, t.find(6).children[0].value, t.find(99))
t.find(99).value
