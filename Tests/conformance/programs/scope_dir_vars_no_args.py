def f(p, q=2):
    local_one = 1
    print('f dir', dir())
    def inner():
        print('inner dir', dir(), sorted(vars()))
        return local_one
    del q
    print('f vars', sorted(vars()))
    return inner()
f(0)
class C:
    attr = 1
    names = dir()
    def method(self):
        x = 5
        return dir()
print(C.names, C().method())
def gen():
    a = 1
    yield dir()
    b = 2
    yield dir()
print(list(gen()))
print((lambda k: dir())(1), sorted(vars(C))[-3:])
top = [n for n in dir() if not n.startswith('_')]
print(top)
print('f' in vars(), 'C' in dir(), 'top' in dir(), 'nope' in vars())
