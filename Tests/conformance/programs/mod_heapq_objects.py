# heapq with user objects: only __lt__ is used, and the comparisons it makes.
import heapq
comparisons = []
class Job:
    def __init__(self, prio, name): self.prio, self.name = prio, name
    def __lt__(self, other):
        comparisons.append((self.name, other.name))
        return self.prio < other.prio
    def __repr__(self): return f'{self.name}{self.prio}'
jobs = [Job(3, 'a'), Job(1, 'b'), Job(2, 'c'), Job(1, 'd')]
h = []
for j in jobs:
    heapq.heappush(h, j)
print(h, comparisons)
comparisons.clear()
print(heapq.heappop(h), h, comparisons)
comparisons.clear()
heapq.heapify(jobs)
print(jobs, comparisons)
comparisons.clear()
print(heapq.nsmallest(2, [Job(5, 'x'), Job(4, 'y'), Job(6, 'z')]), len(comparisons) > 0)
print(heapq.nlargest(2, [Job(5, 'x'), Job(4, 'y'), Job(6, 'z')]))
class OnlyGt:
    def __init__(self, v): self.v = v
    def __gt__(self, other): return self.v > other.v
    def __repr__(self): return f'G{self.v}'
g = [OnlyGt(2), OnlyGt(1)]
heapq.heapify(g)
print(g, heapq.heappop(g))
class NoOrder:
    pass
try:
    heapq.heappush([NoOrder()], NoOrder())
except TypeError as e:
    print(e)
print([x for x in heapq.merge([Job(1, 'p'), Job(3, 'q')], [Job(2, 'r')])])
