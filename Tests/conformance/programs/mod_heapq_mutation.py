# A heap changed by the comparisons heapq makes: CPython's RuntimeError, or an IndexError.
import heapq
class Grower:
    def __init__(self, v, heap): self.v, self.heap = v, heap
    def __lt__(self, other):
        self.heap.append(Grower(0, []))
        return self.v < other.v
h = []
h.append(Grower(5, h))
try:
    heapq.heappush(h, Grower(1, h))
except RuntimeError as e:
    print(type(e).__name__, e)
class Shrinker:
    def __init__(self, v, heap): self.v, self.heap = v, heap
    def __lt__(self, other):
        if self.heap:
            self.heap.pop()
        return self.v < other.v
h2 = []
h2.extend([Shrinker(1, h2), Shrinker(2, h2), Shrinker(3, h2)])
try:
    heapq.heappop(h2)
except (RuntimeError, IndexError) as e:
    print(type(e).__name__, e)
class Bad:
    def __lt__(self, other): raise ValueError('no order')
try:
    heapq.heapify([Bad(), Bad()])
except ValueError as e:
    print(e)
print(heapq.__all__)
