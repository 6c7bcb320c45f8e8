# heapq's argument errors and a list that changes during a comparison.
import heapq
calls = [
    lambda: heapq.heappush(1, 2), lambda: heapq.heappush([]), lambda: heapq.heappush([], 1, 2),
    lambda: heapq.heappush(heap=[], item=1), lambda: heapq.heappop(1), lambda: heapq.heappop(),
    lambda: heapq.heappop([], 1), lambda: heapq.heapify((3, 1)), lambda: heapq.heapify(),
    lambda: heapq.heapreplace(1, 1), lambda: heapq.heapreplace([1]), lambda: heapq.heappushpop('ab', 'c'),
    lambda: heapq.heappushpop([1]), lambda: heapq.heapify([], x=1), lambda: heapq.heappop({}),
]
for call in calls:
    try:
        call()
        print('no error')
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
