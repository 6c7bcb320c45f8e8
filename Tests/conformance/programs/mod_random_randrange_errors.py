# randrange's checks and messages (random.py's, raised before any draw).
import random
random.seed(3)
cases = [(0,), (-5,), (5, 5), (5, 2), (0, 10, 0), (0, 10, -1), (10, 0, 1), (10, None, 2), (10, None, True),
         ('a',), (None,), (1, 'b'), (1, 5, 'c'), (0, -10**30), (10**30, 0, 10**29),
         (5, 1, -0), ([],), (1, [2])]
for args in cases:
    try:
        print(args, random.randrange(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(random.random())
for args, kw in [((), {}), ((1, 2, 3, 4), {}), ((1,), {'x': 1}), ((1,), {'start': 2}), ((), {'stop': 3}),
                 ((1, 2), {'step': 1, 'stop': 3}), ((1,), {'stop': 5, 'step': 2, 'start': 0})]:
    try:
        print(args, kw, random.randrange(*args, **kw))
    except TypeError as e:
        print(args, kw, type(e).__name__, e)
print(random.random())
