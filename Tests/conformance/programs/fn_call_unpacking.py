def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
xs = [1, 2, 3, 4]
d = {'c': 30, 'z': 26}
print(f(*xs))
print(f(*xs[:2], **d))
print(f(*'ab'))
print(f(1, *[2], *(3, 4), 5, **{'x': 1}, **{'y': 2}))
print(f(*range(2), c=3))
print(f(**{'a': 'A', 'b': 'B'}))
args = (1, 2)
print(max(*args), min(*[4, 5, 6]), print(*[], sep='x'))
print(*'abc', sep=', ', end='.\n')
