class Weird:
    def method(this, x):
        this.x = x
        return this
    def no_self():
        return 'no self'
    def star(*args):
        return len(args), type(args[0]).__name__

w = Weird().method(5)
print(w.x)
print(Weird.no_self())
print(w.star(1, 2))
print(Weird.star('s'))
try:
    w.no_self()
except TypeError as e:
    print('TypeError', e)

class Chain:
    def __init__(self):
        self.log = []
    def add(self, v):
        self.log.append(v)
        return self
print(Chain().add(1).add(2).add(3).log)
