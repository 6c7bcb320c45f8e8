# range.count and range.index: ints and bools arithmetically, other values by comparison.
r = range(3)
def attempt(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for f in [lambda: r.count(), lambda: r.count(1, 2), lambda: r.count(x=1), lambda: r.index(5),
          lambda: r.index(1.5), lambda: r.index(), lambda: r.index(x=1), lambda: r.index('a'),
          lambda: range(10**20).index(10**19), lambda: range(2**64, 2**65, 2**60).index(2**64 + 2**61),
          lambda: range(-5, 5).index(-5), lambda: range(10, 0, -3).index(0)]:
    attempt(f)
print(r.count(1.0), r.index(True), range(0, 10, 3).index(9), range(10, 0, -3).count(4), range(10, 0, -3).index(4))
print(range(0).count(0), range(5).count(False), range(1, 10, 2).count(4), range(2**70).count(2**69))
print([range(4).index(v) for v in [3, 2.0, True]], range(4)[1:].index(3))
