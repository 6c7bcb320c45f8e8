import json
e = json.JSONEncoder()
print(e.item_separator, e.key_separator, e.indent, e.sort_keys, e.skipkeys, e.ensure_ascii, e.allow_nan, e.check_circular)
print(e.encode({'a': [1, 2.5, None]}), e.encode('str'), e.encode('é'))
e2 = json.JSONEncoder(indent=2, sort_keys=True, separators=(',', ': '))
print(e2.encode({'b': 1, 'a': [True]}), repr(e2.item_separator))
print(repr(json.JSONEncoder(indent=4).item_separator), json.JSONEncoder.item_separator)
class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([{2, 1}]))
try:
    SetEncoder().encode([object])
except TypeError as err:
    print(type(err).__name__, err)
class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps(['abc', {'k': 'v'}], cls=Upper))
try:
    json.JSONEncoder().default(5)
except TypeError as err:
    print(type(err).__name__, err)
print(json.JSONEncoder(default=repr).encode([object.__name__, {1}]))
print(json.JSONEncoder.__name__, json.JSONEncoder.__module__, json.JSONEncoder)
print(isinstance(e, json.JSONEncoder), type(e).__name__)
