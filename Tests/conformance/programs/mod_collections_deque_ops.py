# deque operators: ==, <, +, *, +=, *=, and insert/remove/count/index.
from collections import deque
a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == deque([1, 2, 3]), a == [1, 2, 3], a != b, a < b, b >= a, a <= a)
print(a + b, a * 2, 2 * a, a * 0)
c = deque('xy')
c += 'zw'
print(c)
c *= 2
print(c)
c.insert(1, 'I')
c.insert(-1, 'J')
c.insert(100, 'END')
c.insert(-100, 'START')
print(c)
c.remove('x')
print(c, c.count('y'), c.index('y'), c.index('y', 3), c.index('w', -3))
a.extend(a)
print(a)
print(deque([[1], [2]]) == deque([[1], [2]]), deque([1]) == deque([1.0]))
m = deque([1, 2], maxlen=5)
print(m + deque([3]), (m * 3).maxlen, m.copy())
