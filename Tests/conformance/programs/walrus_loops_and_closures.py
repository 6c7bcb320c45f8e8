chunks = iter(['ab', 'cde', '', 'never'])
while (chunk := next(chunks)):
    print('chunk', chunk, len(chunk))
def classify(n):
    if (r := n % 15) == 0:
        return 'fizzbuzz', r
    elif (r := n % 5) == 0:
        return 'buzz', r
    elif (q := n // 3) and n % 3 == 0:
        return 'fizz', q
    return 'num', r, q
print([classify(n) for n in (15, 10, 9, 7)])
def make():
    fns = [lambda: (v, last) for v in range(3) if (last := v * 10) >= 0]
    return [f() for f in fns], last
print(make())
def counter():
    total = 0
    def bump(step):
        nonlocal total
        return [total := total + step for _ in range(2)]
    return bump(5), bump(1), total
print(counter())
print(f'{(w := 6) * 2} {w}', (lambda: (z := 3) + z)())
data = {'a': [1, 2, 3], 'b': []}
print({k: (m, s) for k, v in data.items() if (m := len(v)) is not None and (s := sum(v)) >= 0})
print(any((hit := x) > 2 for x in [1, 3, 5]), hit)
print(all((miss := x) < 3 for x in [1, 3, 5]), miss)
print([y := 10, y ** 2], (t := (1, 2)), t[0])
def g():
    yield (got := (yield 'first'))
    yield got
gen = g()
print(next(gen), gen.send('sent'), next(gen))
def unbound():
    [leak := i for i in range(0)]
    return leak
unbound()
