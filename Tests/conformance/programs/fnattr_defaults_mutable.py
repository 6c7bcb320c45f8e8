def append_to(x, target=[]):
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to.__defaults__)
def safe(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(safe(1), safe(2))
counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def uses(v=make_default()):
    return v
print(uses(), uses(), counter)
append_to.__defaults__ = ([],)
print(append_to(3))
def kw(*, a=[]):
    a.append(len(a))
    return a
print(kw(), kw(), kw.__kwdefaults__)
append_to.__defaults__ = 5
