def f(v):
    match v:
        case [a, b, 0] | [0, b, a] | (b, 0, a, _):
            return ('first', a, b)
        case {'x': x, 'y': y} | {'pos': (x, y)} | {'p': [y, x]}:
            return ('point', x, y)
        case [(1 | 2) as small, *rest] | [*rest, (3 | 4) as small]:
            return ('small', small, rest)
        case _:
            return None
tests = [[1, 2, 0], [0, 2, 1], (5, 0, 6, 7), {'x': 1, 'y': 2}, {'pos': (3, 4)},
         {'p': [5, 6]}, [1, 9, 9], [9, 9, 3], [9], [], {'q': 1}]
for t in tests:
    print(t, '->', f(t))
def g(v):
    match v:
        case (a, b) | [b, a, _]:
            return a - b
print(g((10, 3)), g([10, 3, 0]), g('xy'))
