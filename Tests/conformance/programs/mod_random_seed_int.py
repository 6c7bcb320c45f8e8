# seed(int): the absolute value's 32-bit chunks go to init_by_array; the same seed gives the
# same stream, for module functions and Random instances alike.
import random
random.seed(42)
print(random.random(), random.random(), random.random())
for s in [0, 1, -1, 2, 42, -42, 2**31, 2**32 - 1, 2**32, 2**32 + 1, 2**63, -(2**64), 2**64 + 5, 10**50, -(2**100), 3**200, True, False]:
    random.seed(s)
    a = [random.random() for _ in range(3)]
    r = random.Random(s)
    print(s if abs(s) < 10**30 else s % 10**9, a, a == [r.random() for _ in range(3)])
class MyInt(int):
    def __abs__(self):
        return 999
random.seed(MyInt(7)); x = random.random()
random.seed(7); print(x == random.random())
random.seed(123)
first = [random.random() for _ in range(1000)]
print(sum(first), min(first), max(first))
random.seed(123)
print(first == [random.random() for _ in range(1000)])
r1, r2 = random.Random(5), random.Random(5)
print([r1.random() for _ in range(4)] == [r2.random() for _ in range(4)], r1.random() == r2.random())
r1.random(); print(r1.random() == r2.random(), r1.getstate() == r2.getstate())
random.seed(0, version=1); print(random.random())
random.seed(2**40, version=2); print(random.random())
