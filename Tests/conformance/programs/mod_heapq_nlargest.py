# heapq.nlargest / nsmallest: sizes, keys, ties (which equal item wins), iterators.
import heapq
data = [5, 1, 8, 3, 9, 2, 7, 3]
for n in [-1, 0, 1, 2, 3, 8, 20]:
    print(n, heapq.nlargest(n, data), heapq.nsmallest(n, data))
print(heapq.nlargest(3, iter(data)), heapq.nsmallest(3, (x for x in data)), heapq.nlargest(2, []))
people = [('ann', 31), ('bob', 25), ('cid', 31), ('dee', 25), ('eve', 40)]
print(heapq.nlargest(2, people, key=lambda p: p[1]), heapq.nsmallest(3, people, key=lambda p: p[1]))
print(heapq.nlargest(1, people, key=lambda p: p[1]), heapq.nsmallest(1, people, key=lambda p: p[1]))
ties = [1, 1.0, True, 1, 1.0]
print(heapq.nlargest(2, ties), heapq.nsmallest(2, ties), heapq.nlargest(3, iter(ties)), heapq.nsmallest(3, iter(ties)))
print(heapq.nsmallest(2, [2, 1.0, 1, 2.0], key=lambda x: x), heapq.nlargest(2, iter([2, 1.0, 2.0, 1])))
print(heapq.nlargest(3, 'mississippi'), heapq.nsmallest(3, 'mississippi', key=str.upper))
print(heapq.nlargest(2, {3: 'a', 1: 'b', 2: 'c'}), heapq.nsmallest(2, {'x', 'y'} and [9, 7, 8]))
class Item:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'I{self.v}'
items = [Item(3), Item(1), Item(2), Item(1)]
print(heapq.nsmallest(2, items), heapq.nlargest(2, items), heapq.nsmallest(3, iter(items)))
for call in [lambda: heapq.nlargest(2, 5), lambda: heapq.nlargest('a', [1]), lambda: heapq.nsmallest(2, [1, 'a', 2]),
             lambda: heapq.nsmallest(2, [1], key=5), lambda: heapq.nlargest(1.5, [1, 2]), lambda: heapq.nlargest()]:
    try:
        print(call())
    except TypeError as e:
        print(e)
