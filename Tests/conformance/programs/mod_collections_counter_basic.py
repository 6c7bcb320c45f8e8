# Counter: counting, missing keys, most_common ties by first occurrence, elements, total.
from collections import Counter
c = Counter('abracadabra')
print(c)
print(c['a'], c['z'], 'z' in c, len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(list(c.elements()))
print(Counter(['x', 'y', 'x']), Counter({'a': 3, 'b': -1}), Counter(a=2, b=5), Counter())
words = 'the cat and the hat and the bat'.split()
wc = Counter(words)
print(wc.most_common(3))
print(sorted(wc), list(wc))
c['z'] += 3
del c['nope']
del c['a']
print(c)
print(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0), Counter() == {})
print(isinstance(c, dict), c.get('q'), c.copy() == c, type(c.copy()).__name__)
