log = []
def t(tag, v):
    log.append(tag)
    return v
class Rec:
    def __setattr__(self, name, value):
        log.append('setattr ' + name)
        object.__setattr__(self, name, value)
class Box(dict):
    def __setitem__(self, k, v):
        log.append('setitem %r' % (k,))
        super().__setitem__(k, v)
r = Rec()
b = Box()
t('obj', r).x = t('k', b)[t('key', 'a')] = t('rhs', 5)
print(log, r.x, b)
log.clear()
t('lhs-list', [0, 0])[t('i', 0)], t('o', r).y = t('rhs1', 1), t('rhs2', 2)
print(log, r.y)
log.clear()
i = 0
lst = [10, 20, 30]
i, lst[i] = 2, 99
print(i, lst)
a = [0, 0, 0]
x = a[x] = 1 if False else 2
print(x, a)
log.clear()
(t('a', r).p, [t('b', b)[t('c', 'q')], t('d', r).z]) = t('rhs', (7, (8, 9)))
print(log, r.p, r.z, b)
log.clear()
d = {}
d[t('k1', 'one')], d[t('k2', 'two')] = t('v', 'XY')
print(log, d)
try:
    r.m, t('never', r).n = t('short', [1])
except ValueError as e:
    print('ValueError', e, log)
