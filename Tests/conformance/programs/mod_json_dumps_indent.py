import json
data = {'name': 'pyrust', 'tags': ['a', 'b'], 'empty': [], 'none': {}, 'n': {'x': [1, [2, [3]]]}}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t'))
print(json.dumps([1, [2]], indent=0))
print(json.dumps([1, [2]], indent=-1))
print(json.dumps({'a': 1}, indent=''))
print(json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps(5, indent=4))
print(json.dumps([{}, []], indent='--'))
print(json.dumps({'a': [1, 2]}, indent=1, separators=(' ,', ' = ')))
print(repr(json.dumps([1, 2], indent=True)))
try:
    json.dumps([1], indent=1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(('t', 'u'), indent=3))
