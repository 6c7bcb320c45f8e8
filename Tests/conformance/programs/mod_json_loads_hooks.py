import json
doc = '{"b": 1, "a": {"d": [1, {"e": 2}], "c": 3}}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda pairs: pairs))
print(json.loads(doc, object_pairs_hook=lambda pairs: dict(reversed(pairs))))
print(json.loads(doc, object_hook=lambda d: 'obj', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('{"dup": 1, "dup": 2}', object_pairs_hook=list))
print(json.loads('[]', object_hook=lambda d: 1 / 0), json.loads('{}', object_hook=len))
calls = []
def hook(d):
    calls.append(list(d))
    return len(calls)
print(json.loads('[{"a": {"b": {}}}, {"c": 1}]', object_hook=hook), calls)
try:
    json.loads('{"a": 1}', object_hook=lambda d: d['missing'])
except KeyError as e:
    print(type(e).__name__, e)
try:
    json.loads('[1.5]', parse_float=lambda s: int(s))
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads('[NaN, -Infinity]', parse_constant=lambda s: None))
try:
    json.loads('[Infinity]', parse_constant=lambda s: s.missing)
except AttributeError as e:
    print(type(e).__name__, e)
class Obj:
    def __init__(self, d):
        self.__dict__.update(d)
o = json.loads('{"x": 1, "y": {"z": 2}}', object_hook=Obj)
print(o.x, o.y.z, type(o.y).__name__)
