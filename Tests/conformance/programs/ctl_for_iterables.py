for x in range(3): print('range', x)
for x in [1, 'a']: print('list', x)
for x in (None, 2.5): print('tuple', x)
for x in 'hé': print('str', x)
d = {'one': 1, 'two': 2}
for k in d: print('dict key', k)
for k, v in d.items(): print('item', k, v)
for v in d.values(): print('value', v)
for i, c in enumerate('xyz', 1): print(i, c)
for x in {3, 1, 2}: print('set', x)
for a, b in zip('ab', range(10)): print(a, b)
for x in reversed([1, 2, 3]): print('rev', x)
for x in sorted([3, 1, 2], reverse=True): print('sorted', x)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print('mutating', x)
for x in range(3):
    pass
print('leaked', x)
