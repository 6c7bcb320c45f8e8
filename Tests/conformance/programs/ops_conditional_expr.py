for n in range(-2, 3):
    print(n, 'pos' if n > 0 else 'zero' if n == 0 else 'neg')
x = 10
y = x * 2 if x > 5 else x / 2
print(y, (1 if True else 2) + 1, [i if i % 2 else -i for i in range(5)])
def side(v):
    print('side', v)
    return v
print(side('a') if side(0) else side('b'))
f = lambda n: 'even' if n % 2 == 0 else 'odd'
print(f(3), f(4))
