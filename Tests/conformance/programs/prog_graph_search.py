# A graph class with BFS/DFS generators, shortest paths, cycle detection and topological sort.
class CycleError(Exception):
    pass

class Graph:
    def __init__(self, directed=False):
        self.directed = directed
        self.adj = {}

    def add_edge(self, a, b):
        self.adj.setdefault(a, []).append(b)
        self.adj.setdefault(b, [])
        if not self.directed:
            self.adj[b].append(a)
        return self

    def __contains__(self, node):
        return node in self.adj

    def __len__(self):
        return len(self.adj)

    def __iter__(self):
        return iter(self.adj)

    def neighbors(self, node):
        if node not in self.adj:
            raise KeyError('no node %r' % (node,))
        yield from self.adj[node]

    def bfs(self, start):
        seen = {start}
        queue = [(start, 0)]
        while queue:
            node, depth = queue.pop(0)
            yield node, depth
            for nxt in self.neighbors(node):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append((nxt, depth + 1))

    def dfs(self, start, seen=None):
        if seen is None:
            seen = set()
        seen.add(start)
        yield start
        for nxt in self.neighbors(start):
            if nxt not in seen:
                yield from self.dfs(nxt, seen)

    def shortest_path(self, a, b):
        parent = {a: None}
        queue = [a]
        while queue:
            node = queue.pop(0)
            if node == b:
                path = []
                while node is not None:
                    path.append(node)
                    node = parent[node]
                return path[::-1]
            for nxt in self.neighbors(node):
                if nxt not in parent:
                    parent[nxt] = node
                    queue.append(nxt)
        return None

    def components(self):
        seen = set()
        for node in self.adj:
            if node not in seen:
                comp = list(self.dfs(node, seen))
                yield sorted(comp)

    def topological_order(self):
        state = {}
        order = []
        def visit(n, trail):
            if state.get(n) == 'done':
                return
            if state.get(n) == 'active':
                raise CycleError('cycle: ' + ' -> '.join(trail + [n]))
            state[n] = 'active'
            for m in self.adj[n]:
                visit(m, trail + [n])
            state[n] = 'done'
            order.append(n)
        for n in self.adj:
            visit(n, [])
        return order[::-1]

g = Graph()
for a, b in [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5), (6, 7)]:
    g.add_edge(a, b)
print(len(g), list(g), 5 in g, 9 in g)
print(list(g.bfs(1)))
print(list(g.dfs(1)))
print(g.shortest_path(1, 5), g.shortest_path(5, 1), g.shortest_path(1, 7))
print(list(g.components()))
walk = g.bfs(1)
print(next(walk), next(walk), 'paused')
print([n for n, d in walk if d == 2])
deps = Graph(directed=True)
for a, b in [('shirt', 'tie'), ('tie', 'jacket'), ('trousers', 'shoes'), ('trousers', 'belt'),
             ('belt', 'jacket'), ('shirt', 'belt'), ('socks', 'shoes')]:
    deps.add_edge(a, b)
print(deps.topological_order())
print(list(deps.bfs('shirt')))
deps.add_edge('jacket', 'shirt')
try:
    deps.topological_order()
except CycleError as e:
    print('CycleError', e)
try:
    list(g.neighbors(42))
except KeyError as e:
    print('KeyError', e)
grid = Graph()
for r in range(3):
    for c in range(3):
        if c < 2:
            grid.add_edge((r, c), (r, c + 1))
        if r < 2:
            grid.add_edge((r, c), (r + 1, c))
print(grid.shortest_path((0, 0), (2, 2)), max(d for _, d in grid.bfs((0, 0))))
list(g.bfs(99))
