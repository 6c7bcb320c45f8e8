# Class-attribute writes keep instance caches; a dunder or descriptor write retags
class Counter:
    made = 0
    def __init__(self):
        Counter.made += 1
        self.n = Counter.made
    def __len__(self):
        return self.n
cs = [Counter() for _ in range(4)]
Counter.__len__ = lambda self: 40
print([c.n for c in cs], Counter.made, len(cs[1]))
Counter.n = property(lambda self: 'prop')
print([c.n for c in cs])
class Base:
    def __init__(self, v):
        self.v = v
class Kid(Base):
    pass
ks = [Kid(i) for i in range(3)]
for i in range(3):
    Base.tally = i
    print(sum(k.v for k in ks), Kid.tally, ks[i].tally)
Base.v = property(lambda self: 'descriptor wins')
print([k.v for k in ks])
del Base.v
print([k.v for k in ks], hash(ks[0]) == hash(ks[0]))
Base.__hash__ = lambda self: 7
print(hash(ks[2]), repr(Kid.tally))
