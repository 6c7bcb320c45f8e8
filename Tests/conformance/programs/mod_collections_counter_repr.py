# Counter repr: sorted by count, ties by insertion; subclass; unorderable counts.
from collections import Counter
print(Counter('mississippi'))
print(Counter([3, 1, 3, 2, 1, 3]))
print(Counter({'x': 1.5, 'y': 2, 'z': 0}))
class Tally(Counter):
    pass
t = Tally('aab')
print(t, repr(Tally()), type(t + t).__name__)
print(Counter({'a': 'text', 'b': 2}) if False else 'skip')
c = Counter({'a': [1], 'b': [2]})
print(c)
print(str(Counter(x=1)), f"{Counter(y=2)}")
print(Counter(dict.fromkeys('cab', 1)))
