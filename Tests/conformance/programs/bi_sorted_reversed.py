print(sorted([3, 1, 2]), sorted('banana'), sorted((5, -1)), sorted({'b': 1, 'a': 2}), sorted([]))
print(sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len), sorted([-3, 2, -1], key=abs))
data = [('a', 2), ('b', 1), ('c', 2), ('d', 1), ('e', 0)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted([1.5, 1, True, 0, -2.5]), sorted([[2, 1], [1, 9], [1, 2]]), sorted(['B', 'a', 'C']))
original = [3, 2, 1]
s = sorted(original)
print(original, s)
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed((1,))), list(reversed(range(4))))
print(''.join(reversed('hello')), list(reversed([])), reversed is not None)
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
