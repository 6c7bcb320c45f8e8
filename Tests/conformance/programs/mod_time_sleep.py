import time
start = time.monotonic()
print(time.sleep(0.01))
elapsed = time.monotonic() - start
print(elapsed >= 0.009, elapsed < 0.9)
start = time.perf_counter()
time.sleep(0)
time.sleep(0.0)
time.sleep(False)
print(time.perf_counter() - start < 0.5)
start = time.monotonic_ns()
time.sleep(0.02)
print((time.monotonic_ns() - start) >= 19_000_000)
class Index:
    def __index__(self):
        return 0
time.sleep(Index())
print('slept')
for value in [0.001, 1e-9, -0.0]:
    time.sleep(value)
print('done')
