def noisy(name, n):
    for i in range(n):
        print('%s yields %d' % (name, i))
        yield i

m = map(lambda x: x * 10, noisy('m', 3))
print('map created')
print(next(m))
print(list(m))
f = filter(lambda x: x % 2, noisy('f', 4))
print('filter created')
print(list(f))
z = zip(noisy('a', 3), noisy('b', 2))
print('zip created')
print(list(z))
e = enumerate(noisy('e', 2))
print('enumerate created')
print(next(e))
print(any(x > 0 for x in noisy('any', 5)))
print(all(x < 1 for x in noisy('all', 5)))
print(next(iter(noisy('one', 10))))
print('in:', 1 in noisy('in', 5))
