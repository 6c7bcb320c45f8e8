a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(sorted(a | b), a <= b, {3} <= b, a >= {1})
s = set()
s.add(2); s.add(1); s.add(2)
print(s, len(s))
s.discard(5); s.discard(1)
print(s)
s.remove(2)
print(s, 2 in s)
c = {10, 20}
c |= {30}
c &= {10, 30, 40}
c -= {10}
c ^= {99, 30}
print(c)
print({1, 2} == {2, 1}, {1} == {1.0}, {0} == {False}, set() == set(), {1, 2} != {1})
print(len({x // 2 for x in range(10)}), sorted({-5, 5, 0}), {(1, 2), (1, 2)} == {(1, 2)})
try:
    s.remove(42)
except KeyError as e:
    print(repr(e))
try:
    {1} + {2}
except TypeError as e:
    print(e)
