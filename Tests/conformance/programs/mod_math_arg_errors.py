# Every math function's argument-count and keyword errors, in CPython's words.
import math
names = [n for n in dir(math) if not n.startswith('_') and callable(getattr(math, n))]
print(len(names), names)
calls = [((), {}), ((1, 2, 3), {}), ((1,), {'x': 1}), ((), {'y': 2}), ((1, 2, 3, 4, 5, 6, 7, 8), {})]
for n in names:
    f = getattr(math, n)
    out = []
    for args, kw in calls:
        try:
            r = f(*args, **kw)
            out.append('-> ' + repr(r))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    print(n, ' | '.join(out))
print(math.hypot.__name__, math.sqrt.__name__, type(math.sqrt).__name__, repr(math.sqrt), math.__name__)
