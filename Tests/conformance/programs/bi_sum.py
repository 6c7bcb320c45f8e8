print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([True, True, False]))
print(sum([1, 2], 10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([], 5), sum([10 ** 20, 1]))
print(sum([x * x for x in range(4)]), sum({1: 'a', 2: 'b'}))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([-0.0]), sum([], -0.0))
try:
    sum(['a', 'b'])
except TypeError as e:
    print(e)
try:
    sum(['a'], '')
except TypeError as e:
    print(e)
