# choices' checks, in random.py's order, and its argument errors.
import random
random.seed(6)
cases = [(([1, 2], [1]), {}), (([1, 2], [1, 2]), {'cum_weights': [1, 2]}), (([1, 2], [0, 0]), {}),
         (([1, 2], [1, float('inf')]), {}), (([1, 2], [1, float('nan')]), {}), (([1, 2], 5), {}), (([1, 2], True), {}),
         (([1, 2], [1, 'a']), {}), (([], ), {'k': 0}), (([],), {'k': 1}), ((5,), {}), (([1, 2],), {'cum_weights': [1]}),
         (([1, 2],), {'k': 2.5}), (([1, 2],), {'k': '3'}), (([1, 2], [-1, -2]), {}), (([1, 2], None), {'cum_weights': [2, 1]}),
         (([1, 2], 2.5), {}), (({1: 'a', 2: 'b'},), {'k': 2}), (([], []), {}), (([1, 2], [1, 2], [3]), {}),
         ((), {}), (([1],), {'x': 1}), (([1],), {'population': [2]}), (([1], [1]), {'weights': [1]})]
for args, kw in cases:
    try:
        print(args, kw, random.choices(*args, **kw))
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(args, kw, type(e).__name__, e)
print(random.random())
