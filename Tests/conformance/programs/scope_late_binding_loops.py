fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = []
for i in range(3):
    gs.append(lambda i=i: i)
print([g() for g in gs])
def make():
    out = []
    for j in range(3):
        def h():
            return j * 100
        out.append(h)
    j = 'changed'
    return out
print([h() for h in make()])
def binder(k):
    return lambda: k
print([binder(k)() for k in range(3)])
