# functools.cmp_to_key: sorting with comparison functions, the key objects themselves.
from functools import cmp_to_key
def by_length_then_reverse(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a < b) - (a > b)
words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana']
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min([5, 2, 8], key=cmp_to_key(lambda a, b: a - b)))
print(max(['aa', 'b', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
calls = []
def counting(a, b):
    calls.append((a, b))
    return a - b
print(sorted([2, 1], key=cmp_to_key(counting)), calls)
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
x, y = K(1), K(2)
print(x < y, x > y, x == y, x <= K(1), y >= x, x != y, x.obj, y.obj, K(obj=7).obj)
print(type(K).__name__, type(x).__name__, type(K).__module__, callable(K), callable(x))
try:
    x < 1
except TypeError as e:
    print(e)
try:
    {x}
except TypeError as e:
    print(type(e).__name__)
for call in [lambda: K(), lambda: K(1, 2), lambda: K(other=1), lambda: cmp_to_key()]:
    try:
        call()
    except TypeError as e:
        print(e)
def broken(a, b):
    raise ValueError('cmp failed')
try:
    sorted([1, 2], key=cmp_to_key(broken))
except ValueError as e:
    print(e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], key=cmp_to_key(lambda p, q: p[0] - q[0])))
