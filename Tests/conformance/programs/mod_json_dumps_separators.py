import json
data = {'a': [1, 2, {'b': None}], 'c': 'd'}
print(json.dumps(data, separators=(',', ':')))
print(json.dumps(data, separators=(', ', ': ')))
print(json.dumps(data, separators=(';', '=')))
print(json.dumps(data, separators=['|', '->']))
print(json.dumps(data, separators=('', '')))
print(json.dumps(data, indent=2, separators=(',', ' : ')))
print(json.dumps(data, indent=2))
print(json.dumps([1, 2, 3], separators=(' , ', ':')))
for bad in [(1, 2), (',', 2), ('x',), (',', ':', '!')]:
    try:
        json.dumps([1, 2], separators=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
