log = []
class Seq:
    def __init__(self):
        self.data = [1, 2, 3]
    def __getitem__(self, i):
        log.append('get %d' % i)
        return self.data[i]
    def __setitem__(self, i, v):
        log.append('set %d=%r' % (i, v))
        self.data[i] = v
def t(tag, v):
    log.append(tag)
    return v
s = Seq()
s[t('idx', 1)] += t('val', 10)
print(log, s.data)
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __iadd__(self, o):
        if o < 0:
            return NotImplemented
        self.v += o
        return self
n = Num(1)
m = n
n += 5
print(n is m, n.v)
n += -2
print(n is m, n.v, m.v)
t = ([1], 2)
try:
    t[0] += [9]
except TypeError as e:
    print('TypeError', e)
print(t)
x = Seq()
x += 1
