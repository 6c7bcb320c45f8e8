# RecursionError raised at the depth limit while recursing through a function with two
# default parameters, at each depth near 1000.
def f(x, memo=None, z=None):
    for item in x:
        f(item)
for n in range(990, 1010):
    x = []
    for i in range(n):
        x = [x]
    try:
        f(x)
    except RecursionError:
        pass
print('done')
