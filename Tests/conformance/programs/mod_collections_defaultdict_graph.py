# defaultdict for graphs and grouping: adjacency lists, topological sort, nested counts.
from collections import defaultdict, deque
edges = [('shirt', 'tie'), ('tie', 'jacket'), ('pants', 'shoes'), ('pants', 'belt'),
         ('belt', 'jacket'), ('shirt', 'belt'), ('socks', 'shoes')]
graph = defaultdict(list)
indegree = defaultdict(int)
for a, b in edges:
    graph[a].append(b)
    indegree[b] += 1
    indegree[a] += 0
queue = deque(sorted(n for n in indegree if indegree[n] == 0))
order = []
while queue:
    n = queue.popleft()
    order.append(n)
    for m in sorted(graph[n]):
        indegree[m] -= 1
        if indegree[m] == 0:
            queue.append(m)
print(order)
print(len(graph), sorted(graph), graph['jacket'], len(graph))
grid = defaultdict(lambda: defaultdict(int))
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    grid[word[0]][len(word)] += 1
print({k: dict(v) for k, v in sorted(grid.items())})
groups = defaultdict(set)
for n in range(10):
    groups[n % 3].add(n)
print(sorted((k, sorted(v)) for k, v in groups.items()))
