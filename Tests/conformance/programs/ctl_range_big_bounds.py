B = 2 ** 64
r = range(B, B + 3)
print(r, str(range(-B, B, B // 2)), range(5, B), range(B), list(r), sum(r), min(r), max(r))
print(len(r), r[0], r[-1], r[2], r[1:], r[::-1], list(reversed(r)), r.start, r.stop, r.step)
print(B + 1 in r, B + 3 in r, 5 in r, True in range(-B, B), float(B) in r, -B in range(-B, 0))
print(r == range(B, B + 3), r == range(B, B + 4), range(B, B) == range(0), range(5, B, B) == range(5, 6))
print(bool(r), bool(range(B, B)), type(r) is range, isinstance(r, range), type(iter(r)).__name__)
w = range(-B, B)
print(w[B], w[-1], w[B * 2 - 1], w[::B], list(w[::B]), w[B:B + 2], w[10:2:-3], bool(w))
print(range(0, 10, 3)[0:10], range(10)[0:5:2], range(10)[8:2:-3], range(10)[-100:-200:-1])
print(range(10)[B:], range(10)[-B:B], range(10)[::B], range(2 ** 62)[::-1][::3], range(-2**63, 2**63 - 1)[-1])
print(list(reversed(range(-2**63, -2**63 + 2))), list(reversed(range(2**63 - 1, -2**63, -2**63))))
for x in range(B * B, B * B + 2): print(x, end=" ")
print([x for x in range(3 * B, 0, -B)], list(range(B, -B, -B)))
for bad in [lambda: len(w), lambda: len(range(B)), lambda: w[B * 2], lambda: r[-4], lambda: r[B * B],
            lambda: range(10)[B], lambda: range(1, B, 0), lambda: r["a"], lambda: list(range(B)),
            lambda: len(range(-2**63, 2**63 - 1)), lambda: range(2.0 ** 64)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(len(range(2**63 - 1)), len(range(-B, -B + 5)), range(-2**63, 2**63 - 1, 2)[-1])
x = range(B, B + 10, 3)
print(x != range(B, B + 10, 3), range(3) != x, range(B)[True:], range(10)[::-B], w[::-1], x[1:-1:2], x[100:])
print(False in range(-B, B, 3), range(0, 2**63 - 1, 2**62)[::2], range(-2**63, 0)[:], next(reversed(range(-2**63, 0))))
a, b, *c = x
print(a, b, c, "%s" % (x,), f"{x}", tuple(x), sorted(x, reverse=True), list(enumerate(range(B, B + 2))))
d = {range(3): "a", range(0): "empty", range(5, 6): "one", range(2**64, 2**64 + 9, 3): "big"}
print(d[range(0, 3)], d[range(7, 2)], d[range(5, 6, 9)], d[range(2**64, 2**64 + 8, 3)])
print(hash(range(3)) == hash(range(0, 3, 1)), range(1, 2) in {range(1, 2, 5)}, len({range(0), range(4, 1)}))
