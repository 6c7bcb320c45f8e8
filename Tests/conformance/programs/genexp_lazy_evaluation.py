def source(n):
    for i in range(n):
        print('produce', i)
        yield i

g = (x * 10 for x in source(3))
print('genexp created')
print(next(g))
print('between')
print(list(g))
def check(x):
    print('check', x)
    return x % 2 == 0
h = (x for x in range(5) if check(x))
print('filter created')
print(next(h), next(h))
print(list(h))
pairs = ((a, b) for a in source(2) for b in 'xy')
print('pairs created')
print(list(pairs))
