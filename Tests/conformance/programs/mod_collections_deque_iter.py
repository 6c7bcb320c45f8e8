# deque iteration: mutation during iteration fails; queues and BFS.
from collections import deque
d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
def bfs(start):
    seen = {start: 0}
    queue = deque([start])
    order = []
    while queue:
        node = queue.popleft()
        order.append(node)
        for n in graph[node]:
            if n not in seen:
                seen[n] = seen[node] + 1
                queue.append(n)
    return order, seen
order, dist = bfs('a')
print(order, sorted(dist.items()))
r = reversed(deque('abc'))
print(next(r), list(r))
it = iter(deque(range(3)))
print(next(it), next(it), next(it), next(it, 'done'))
big = deque(range(100000))
total = 0
while big:
    total += big.popleft() - big.pop() if len(big) > 1 else big.pop()
print(total)
