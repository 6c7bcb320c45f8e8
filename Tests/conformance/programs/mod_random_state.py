# getstate() is (3, 624 state words + index, gauss_next); setstate restores it exactly
# (version 2 states are taken modulo 2**32).
import random
random.seed(37)
st = random.getstate()
print(type(st).__name__, len(st), st[0], len(st[1]), st[1][:3], st[1][-1], st[2])
a = [random.random() for _ in range(5)]
random.setstate(st)
print(a == [random.random() for _ in range(5)])
random.gauss(); st = random.getstate(); g = random.gauss(); random.setstate(st); print(g == random.gauss(), st[2] is not None)
r = random.Random(); r.setstate(random.getstate()); print(r.random() == random.random(), r.getstate() == random.getstate())
random.setstate((2, tuple(range(-1, 623)) + (5,), 0.5)); print(random.random(), random.gauss(), random.getstate()[1][:2])
random.setstate([3, tuple(range(625)), None]); print(random.random(), random.getstate()[1][-1])
random.setstate((3, (2**40 + 7,) + tuple(range(624)), 1.25)); print(random.getstate()[1][0], random.gauss())
s = list(random.getstate()); s[1] = tuple(s[1][:-1]) + (624,); random.setstate(tuple(s)); print(random.random())
cases = [1, (3, (1,), None), (4, (), None), (2, (1, 2), None), (3, 1, 2, 3), (3, list(range(625)), None),
         (3, tuple(range(624)) + (625,), None), (3, tuple(range(624)) + (-1,), None), (3, (-1,) + tuple(range(624)), None),
         (3, (1.5,) + tuple(range(624)), None), (3, tuple(range(624)) + (1.5,), None), (3, (2**64,) + tuple(range(624)), None),
         ('3', (), None), (3,), (), (3, tuple(range(624)) + (2**70,), None), (2, ('a',) * 625, None)]
for c in cases:
    try:
        random.setstate(c)
        print('ok')
    except (TypeError, ValueError, OverflowError, IndexError) as e:
        print(type(e).__name__, e)
for bad in [lambda: random.getstate(1), lambda: random.setstate(), lambda: random.setstate(1, 2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
