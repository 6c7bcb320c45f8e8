import json
print(json.dumps({1: 'int', -2: 'neg', 10**25: 'big'}))
print(json.dumps({1.5: 'a', 0.1: 'b', -0.0: 'c', 1e20: 'd', 2.0: 'e'}))
print(json.dumps({True: 't', False: 'f', None: 'n'}))
print(json.dumps({float('nan'): 1, float('inf'): 2, float('-inf'): 3}))
print(json.loads(json.dumps({1: 2, 2.5: 3, None: 4})))
for bad in [{(1, 2): 'tuple'}, {frozenset(): 1}, {'ok': 1, (3,): 2}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    print(json.dumps(bad, skipkeys=True))
    print(repr(json.dumps(bad, skipkeys=True, indent=2)))
print(json.dumps({(1,): 1, 'a': 2, (2,): 3, 'b': 4}, skipkeys=True))
for v in [{float('nan'): 1}, {float('inf'): 1}]:
    for kw in [{}, {'indent': 1}]:
        try:
            json.dumps(v, allow_nan=False, **kw)
        except ValueError as e:
            print(type(e).__name__, e)
