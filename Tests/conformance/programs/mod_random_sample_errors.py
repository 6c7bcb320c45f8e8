# sample's checks and argument errors.
import random
random.seed(19)
cases = [(({1, 2}, 1), {}), (({1: 2}, 1), {}), ((5, 1), {}), (('ab', 3), {}), (([1, 2], -1), {}), (([1, 2], 1.5), {}),
         (([1, 2], 'a'), {}), (([1, 2], None), {}), (([1, 2], 1), {'counts': [1]}), (([1, 2], 1), {'counts': [1, 1.5]}),
         (([1, 2], 1), {'counts': [0, 0]}), (([1, 2], 1), {'counts': [-1, 0]}), (([], 0), {'counts': []}),
         (([1, 2], 5), {'counts': [1, 1]}), (([1, 2], 1), {'counts': 5}), (([1, 2], 1), {'counts': ['a', 'b']}),
         (([1],), {}), ((), {}), (([1], 1, 2), {}), (([1], 1), {'x': 2}), (([1],), {'k': 1, 'counts': None, 'y': 0}),
         (([1], 1), {'k': 1}), ((iter([1, 2]), 1), {}), ((range(5), True), {}), ((range(5), False), {})]
for args, kw in cases:
    try:
        print(args if not isinstance(args[0], type(iter([]))) else 'iter', kw, random.sample(*args, **kw))
    except (ValueError, TypeError, IndexError) as e:
        print(args if not args or not isinstance(args[0], type(iter([]))) else 'iter', kw, type(e).__name__, e)
print(random.random())
