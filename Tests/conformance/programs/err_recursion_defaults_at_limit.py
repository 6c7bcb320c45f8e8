# RecursionError at the depth limit while calling a function whose defaults must be bound:
# the arguments already on the stack are released exactly once.
def f(x, a=None, b=None):
    if x:
        f(x[0])


def g(x, *rest, key=None):
    for item in x:
        g(item)


caught = 0
for n in range(985, 1015):
    x = []
    for i in range(n):
        x = [x]
    for fn in (f, g):
        try:
            fn(x)
        except RecursionError:
            caught += 1
    del x
print('done', caught > 0)
