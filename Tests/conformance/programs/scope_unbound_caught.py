def f():
    try:
        y += 1
    except UnboundLocalError as e:
        print(repr(e))
    y = 1
    return y
print(f())
def g(flag):
    if flag:
        z = 'set'
    return z
print(g(True))
try:
    g(False)
except UnboundLocalError as e:
    print(e)
def h():
    v = 1
    del v
    return v
try:
    h()
except UnboundLocalError as e:
    print(e)
print(isinstance(UnboundLocalError('x'), NameError))
