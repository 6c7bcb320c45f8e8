class Base:
    items = []
    def add(self, x):
        self.items.append(x)

class Fixed(Base):
    def __init__(self):
        self.items = []

class Shared(Base):
    pass

a, b = Shared(), Shared()
a.add(1)
b.add(2)
print(a.items, b.items, Base.items)
f1, f2 = Fixed(), Fixed()
f1.add(3)
print(f1.items, f2.items, Base.items)
Shared.items = ['own']
a.add('x')
print(Shared.items, Base.items)

class Counter:
    n = 0
    def inc(self):
        self.n += 1
c = Counter()
c.inc(); c.inc()
print(c.n, Counter.n)
