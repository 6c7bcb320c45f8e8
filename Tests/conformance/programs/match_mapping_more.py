class K:
    A = 'a'
    B = 'a'
def f(m):
    match m:
        case {K.A: 1, K.B: 2}:
            return 'dup'
        case _:
            return 'no'
try:
    print(f({'a': 1, 'b': 2}))
except ValueError as e:
    print('ValueError', e)
def g(m):
    match m:
        case {'a': 1, **rest} if rest:
            return 'a=1 with rest %r' % (rest,)
        case {'a': _, 'b': [x, *_]}:
            return 'b starts %r' % x
        case {-1: v, 2.5: w, None: n, True: t}:
            return (v, w, n, t)
        case {**everything}:
            return 'all %r' % (everything,)
for m in [{'a': 1, 'z': 0}, {'a': 1}, {'a': 0, 'b': [9, 8]}, {-1: 'm', 2.5: 'f', None: 'n', True: 't'},
          {1: 'x'}, [1]]:
    print(g(m))
d = {'k': 1, 'j': 2}
match d:
    case {'k': 1, **rest}:
        rest['new'] = 3
print(d, rest)
