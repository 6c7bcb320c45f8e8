import time
names = ['time', 'perf_counter', 'monotonic', 'process_time', 'thread_time']
for name in names:
    f = getattr(time, name)
    a = f()
    b = f()
    print(name, type(a).__name__, b >= a, a >= 0)
    ns = getattr(time, name + '_ns')()
    print(name + '_ns', type(ns).__name__, ns >= 0)
t = time.time()
print(t > 1.6e9, abs(time.time_ns() / 1e9 - t) < 60)
m1 = time.monotonic_ns()
total = 0
for i in range(20000):
    total += i
m2 = time.monotonic_ns()
print(m2 >= m1, total)
p1 = time.perf_counter()
p2 = time.perf_counter()
print(p2 - p1 >= 0, p2 - p1 < 10)
print(time.perf_counter, time.time)
from time import time as now, sleep
print(callable(now), callable(sleep))
