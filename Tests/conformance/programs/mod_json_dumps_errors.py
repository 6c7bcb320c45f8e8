import json
class Thing:
    pass
for v in [Thing(), {1, 2}, {'a': [Thing()]}, object(), len, int, Ellipsis]:
    for kw in [{}, {'indent': 2}]:
        try:
            print(json.dumps(v, **kw))
        except TypeError as e:
            print(type(e).__name__, e)
a = [1, 2]
a.append(a)
d = {'k': 1}
d['self'] = d
nested = {'list': [{'inner': None}]}
nested['list'][0]['inner'] = nested
for v in [a, d, nested]:
    for kw in [{}, {'indent': 1}, {'sort_keys': True}]:
        try:
            json.dumps(v, **kw)
        except ValueError as e:
            print(type(e).__name__, e)
shared = [1]
print(json.dumps([shared, shared, {'x': shared}]))
for v in [float('nan'), [1, float('inf')], {'x': -float('inf')}]:
    for kw in [{}, {'indent': 2}]:
        try:
            json.dumps(v, allow_nan=False, **kw)
        except ValueError as e:
            print(type(e).__name__, e)
print(json.dumps([1.5, 2], allow_nan=False))
try:
    json.dumps({'a': 1}, nonsense=True)
except TypeError as e:
    print(type(e).__name__, e)
