a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None, None is not None)
print(2 in a, 3 in a, 3 not in a, 'ell' in 'hello', 'x' not in 'hello', '' in 'abc')
print(1 in (1, 2), 'k' in {'k': 1}, 1 in {'k': 1}, 2 in {1, 2}, 1.0 in [1], True in [1])
print([1] in [[1], [2]], (1,) in [(1,)], 5 in range(10), 10 in range(10), 4 in range(0, 10, 2))
print(type(1) is int, type('') is str, type([]) is list, type(None) is type(None))
t = ()
print(t is t, () == (), len(t))
