import time
for value in ['x', -1, -0.5, float('nan'), None, [1], {}, float('inf'), 10**30, 1e300,
              -10**30, -1e300, 9223372037, -9223372037]:
    try:
        time.sleep(value)
        print(repr(value), 'ok')
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(value), type(e).__name__, e)
class F:
    def __float__(self):
        return 0.0
for call in [lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.time(1), lambda: time.perf_counter(0),
             lambda: time.monotonic_ns(None), lambda: time.sleep(F()), lambda: time.sleep(secs=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
