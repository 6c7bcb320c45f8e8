# min()/max() fast paths: two args and lists/tuples of one kind, against the general path
class I(int): pass
class S(str): pass
big = 10 ** 30
print(min(3, 2), max(3, 2), min(2, 2.0), max(2.0, 2), min(-1, -1), max(True, 1), min(1, True))
print(min(1.5, float('nan')), max(float('nan'), 1.5), max(0.0, -0.0), min(-0.0, 0.0))
print(min('é', 'e'), max('abc', 'abd'), max('', 'a'), min('ü', 'z'), max('\U0001f600', 'ÿ'))
print(min([5, 3, 9, 3]), max((5, 3, 9, 9)), min([big, 1]), max([1, big, -big]), max([2, 1.5]))
print(min([2.5, -1.0, 7.0]), max((float('inf'), 3.0)), min(['b', 'a', 'c']), max(('ab', 'b')))
print(max([1, 2, 'x'] [:2]), min((7,)), max(['only']), min([I(3), 2]), type(max([I(3), 2])).__name__)
print(type(min(S('b'), 'a')).__name__, type(max(S('b'), 'a')).__name__, min(2, I(2)), type(min(I(2), 2)).__name__)
print(min([], default='d'), max((), default=None), min([3, 1], key=lambda x: -x), max(3, 1, 2))
print(min(range(5)), max(iter([4, 8, 1])), min({3: 'a', 1: 'b'}), max('hello'))
for args in [(), ([],), ((),), ([1, 'a'],), (1, 'a'), ('a', None)]:
    try:
        print(min(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    max([1.0, 2, 'x'])
except TypeError as e:
    print(e)
