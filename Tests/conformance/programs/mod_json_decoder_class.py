import json
d = json.JSONDecoder()
print(d.decode('[1, {"a": null}]'), d.strict, d.object_hook, d.object_pairs_hook, d.parse_float, d.parse_int)
print(d.raw_decode('[1] trailing'), d.raw_decode('{"a": 1}{"b": 2}'), d.raw_decode('xx 12 ', 3))
print(d.raw_decode('"é" rest'), d.raw_decode('é [1, 2] é', 2))
for args in [(' 1',), ('1', 5), ('', 0), ('[1,', 0)]:
    try:
        print(d.raw_decode(*args))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
try:
    d.raw_decode('1', -1)
except ValueError as e:
    print(type(e).__name__, e)
for bad in [5, None, ['x']]:
    try:
        d.decode(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(json.JSONDecoder(parse_int=str).decode('[1, 2.5]'))
print(json.JSONDecoder(object_pairs_hook=tuple).decode('{"a": 1, "b": 2}'))
print(json.JSONDecoder(strict=False).decode('"a\tb"'))
class Custom(json.JSONDecoder):
    def decode(self, s):
        return ('custom', super().decode(s))
print(json.loads('[1]', cls=Custom), json.loads('{"k": 2}', cls=Custom, object_hook=dict.keys))
try:
    json.JSONDecoder(unknown=1)
except TypeError as e:
    print(type(e).__name__, e)
print(json.JSONDecoder.__module__, type(d).__name__)
