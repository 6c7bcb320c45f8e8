import bisect
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, hi=2))
b = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 4)
bisect.insort_right(b, 4)
print(b)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 4, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
print(recs)
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)
names = sorted(['pear', 'apple', 'fig'])
bisect.insort(names, 'kiwi')
print(names)
