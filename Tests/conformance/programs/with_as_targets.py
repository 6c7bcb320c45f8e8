class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
class Holder:
    pass

with Pair() as (a, (b, c)):
    print(a, b, c)
with Pair() as (first, *rest):
    print(first, rest)
h = Holder()
with Pair() as h.value:
    print(h.value)
d = {}
with Pair() as d['key']:
    pass
print(d)
lst = [0, 0]
with Pair() as lst[1]:
    pass
print(lst)
with Pair() as [x, y]:
    print(x, y)
try:
    with Pair() as (p, q, r):
        print('unreachable')
except ValueError as e:
    print('ValueError', e)
