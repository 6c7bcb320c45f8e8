class Counter:
    total = 0
    names = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
        self.names.append(name)

a = Counter('a')
b = Counter('b')
print(Counter.total, a.total, b.total)
print(Counter.names, a.names is b.names)
a.total = 100
print(a.total, b.total, Counter.total)
print(a.__dict__, b.__dict__)
del a.total
print(a.total)
Counter.total = 7
print(a.total, b.total)
print('total' in Counter.__dict__, 'name' in Counter.__dict__)
b.names = ['own']
print(b.names, a.names, Counter.names)
