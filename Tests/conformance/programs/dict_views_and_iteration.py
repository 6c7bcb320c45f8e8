d = {'x': 1, 'y': 2, 'z': 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d['w'] = 4
del d['x']
print(k, v, i, len(k))
print(list(reversed(list(d))), sorted(d.items(), key=lambda p: -p[1]))
print(repr({}.keys()), str({1: 2}.values()), {1: 'a'}.items())
total = 0
for key in d:
    total += d[key]
print(total, [(key, val) for key, val in d.items() if val % 2 == 0])
nested = {'a': {'b': {'c': 1}}}
nested['a']['b']['d'] = 2
print(nested, nested['a']['b'].get('c'), nested.get('q', {}).get('r', 'none'))
print({k: len(k) for k in ['aa', 'b']})
