# heapq.merge: sorted inputs merged lazily, keys, reverse, stability across inputs.
import heapq
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1], [])))
print(list(heapq.merge([5, 3, 1], [4, 2], reverse=True)), list(heapq.merge('ace', 'bdf')))
print(list(heapq.merge(['a', 'ccc'], ['bb', 'dddd'], key=len)), list(heapq.merge([3, 1], [2], key=lambda x: -x, reverse=False)))
print(list(heapq.merge([(1, 'a'), (2, 'a')], [(1, 'b')], [(1, 'c')])))
print(list(heapq.merge([1, 2], [1.0, 2.0], [True])), list(heapq.merge([1, 2], [1.0, 2.0], key=float)))
print(list(heapq.merge([9, 7], [8], key=lambda x: x, reverse=True)))
log = []
def src(name, items):
    for x in items:
        log.append(name + str(x))
        yield x
m = heapq.merge(src('a', [1, 4]), src('b', [2, 3]))
print(type(m).__name__, log)
print(next(m), log)
print(list(m), log)
print(list(heapq.merge(range(0, 10, 3), range(1, 10, 3), range(2, 10, 3))))
try:
    list(heapq.merge([1], 5))
except TypeError as e:
    print(e)
try:
    list(heapq.merge([1, 2], ['a']))
except TypeError as e:
    print(e)
try:
    heapq.merge([1], order=True)
except TypeError as e:
    print(e)
unsorted = list(heapq.merge([3, 1], [2]))
print(unsorted)
