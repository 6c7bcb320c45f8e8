import json
data = {'b': 1, 'a': {'d': 4, 'c': 3}, 'C': [{'z': 0, 'y': 1}], '10': 'ten', '9': 'nine'}
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=1))
print(json.dumps({3: 'c', 1: 'a', 2: 'b'}, sort_keys=True))
print(json.dumps({2.5: 'x', 1: 'y', True: 'z'}, sort_keys=True))
print(json.dumps({'é': 1, 'e': 2, 'z': 3, 'E': 4}, sort_keys=True))
for bad in [{1: 'a', 'b': 2}, {None: 1, 'a': 2}, {'a': 1, (1,): 2}]:
    for kw in [{}, {'indent': 2}, {'skipkeys': True}]:
        try:
            print(json.dumps(bad, sort_keys=True, **kw))
        except TypeError as e:
            print(type(e).__name__, e)
print(json.dumps({'b': 1, 'a': 2}, sort_keys=False))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=1))
