def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p

def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for c in combinations(items[i + 1:], k - 1):
            yield (items[i],) + c

def powerset(items):
    for k in range(len(items) + 1):
        yield from combinations(items, k)

print([''.join(p) for p in permutations('abc')])
print(len(list(permutations([1, 2, 3, 4]))))
print(list(combinations([1, 2, 3, 4], 2)))
print(list(powerset('xyz')))
def hanoi(n, a, b, c):
    if n:
        yield from hanoi(n - 1, a, c, b)
        yield (n, a, c)
        yield from hanoi(n - 1, b, a, c)
print(list(hanoi(3, 'A', 'B', 'C')))
