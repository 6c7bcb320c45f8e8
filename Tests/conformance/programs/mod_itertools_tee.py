# itertools.tee: independent iterators over one source, copies, and the source's consumption.
from itertools import tee, count, islice
a, b = tee(range(5))
print(list(a), list(b))
a, b, c = tee(iter('xyz'), 3)
print(next(a), next(a), list(b), next(c), list(a), list(c))
print(tee([1], 0), len(tee([1, 2], 1)), len(tee('ab', 4)), tee(5, 0))
pulled = []
def src():
    for i in range(4):
        pulled.append(i)
        yield i
x, y = tee(src())
print(next(x), next(x), pulled)
print(list(y), pulled, list(x))
p, q = tee(count())
print(list(islice(p, 100))[-1], next(q), next(q))
m, n = tee(range(300)); print(sum(m), sum(n))
t1, = tee('abc', 1)
t2 = t1.__copy__()
print(next(t1), list(t2), list(t1))
u, v = tee(iter([1, 2, 3]))
w, z = tee(u)
print(next(u), list(w), list(z), list(v), list(u))
it = iter([1, 2])
r, s = tee(it)
print(list(r), list(s), list(it))
for call in [lambda: tee(), lambda: tee(1), lambda: tee([1], -1), lambda: tee([1], 'a'),
             lambda: tee([1], 2, 3), lambda: tee([1], n=2)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
f, g = tee(map(lambda x: 1 // x, [1, 0]))
print(next(f), next(g))
try:
    next(f)
except ZeroDivisionError as e:
    print(e, next(g, 'after'))
print(type(f).__name__, type(f).__module__, iter(f) is f)
