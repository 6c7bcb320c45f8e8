# Long chains of closures and of default values must be released without native recursion.
f = lambda: 0
for i in range(25000):
    f = (lambda g: lambda: g)(f)
def h(x=None):
    return x
for i in range(25000):
    def h(x=h):
        return x
print(f()()()() is not None, h() is not None)
del f, h
print('released')
