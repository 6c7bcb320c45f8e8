def naturals():
    n = 0
    while True:
        yield n
        n += 1

for n in naturals():
    if n * n > 50:
        break
print('first square over 50 from', n)
evens = (x for x in naturals() if x % 2 == 0)
print([next(evens) for _ in range(5)])
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup of with_finally')
w = with_finally()
print(next(w))
w.close()
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(4, naturals())), list(take(3, 'abcdef')))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(12, fib())))
unused = naturals()
print(next(unused), next(unused))
