d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d['b'], 'a' in d, 'z' not in d)
print(d.keys(), d.values(), d.items(), list(d.keys()), list(d.items()))
print(d.pop('a'), d.pop('zz', 'default'), d)
print(d.setdefault('c', 3), d.setdefault('b', 99), d.setdefault('n'), d)
d.update({'x': 10, 'b': 20})
d.update(y=5)
d.update([('z', 0)])
print(d, len(d))
d['a'] = 'new'
print(list(d), d)
del d['b']
d['b'] = 'back'
print(d)
counts = {}
for w in 'the cat the dog the end'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items()), max(counts, key=counts.get))
