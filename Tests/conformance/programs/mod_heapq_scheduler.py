# A small event scheduler and a Dijkstra search built on heapq.
import heapq, itertools
class Scheduler:
    def __init__(self):
        self.queue = []
        self.counter = itertools.count()
    def at(self, time, name): heapq.heappush(self.queue, (time, next(self.counter), name))
    def run(self):
        order = []
        while self.queue:
            time, _, name = heapq.heappop(self.queue)
            order.append(f'{time}:{name}')
            if name == 'tick' and time < 3:
                self.at(time + 1, 'tick')
        return order
s = Scheduler()
for t, n in [(2, 'b'), (0, 'tick'), (2, 'a'), (1, 'c'), (5, 'end')]:
    s.at(t, n)
print(s.run())
graph = {'A': {'B': 4, 'C': 1}, 'C': {'B': 2, 'D': 7}, 'B': {'D': 1}, 'D': {}}
def dijkstra(start):
    dist = {start: 0}
    todo = [(0, start)]
    while todo:
        d, node = heapq.heappop(todo)
        if d > dist[node]:
            continue
        for nxt, w in sorted(graph[node].items()):
            if d + w < dist.get(nxt, float('inf')):
                dist[nxt] = d + w
                heapq.heappush(todo, (d + w, nxt))
    return dist
print(dijkstra('A'))
running_median, lo, hi = [], [], []
for x in [5, 15, 1, 3, 8, 7, 9]:
    heapq.heappush(lo, -heapq.heappushpop(hi, x))
    if len(lo) > len(hi):
        heapq.heappush(hi, -heapq.heappop(lo))
    running_median.append(hi[0] if len(hi) > len(lo) else (hi[0] - lo[0]) / 2)
print(running_median)
