import json
print(json.__all__)
for bad in [5, None, 1.5, ['[]'], {'a': 1}]:
    try:
        json.loads(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for kw in [dict(cls=None, foo=1), dict(bar=2)]:
    try:
        json.loads('[]', **kw)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    json.dumps([], nope=1)
except TypeError as e:
    print(type(e).__name__, e)
print(json.loads('[1]', cls=None), json.loads('[1]', object_hook=None, parse_float=None))
print(json.dumps('x', cls=None), json.dumps([1, 2], check_circular=False), json.dumps([1], skipkeys=True))
from json import dumps, loads, JSONDecoder, JSONEncoder, JSONDecodeError
print(callable(dumps), callable(loads), JSONDecoder.__name__, JSONEncoder.__name__, JSONDecodeError.__name__)
from json.encoder import JSONEncoder as E2
from json.decoder import JSONDecoder as D2
print(E2 is JSONEncoder, D2 is JSONDecoder)
import json.decoder
print(json.decoder.JSONDecodeError is JSONDecodeError)
s = json.dumps({'k': [1, 2, {'n': None}]})
print(s, loads(s) == {'k': [1, 2, {'n': None}]})
print(json.loads('"\\ud83d\\ude00"') == '\U0001F600', json.dumps('\U0001F600'))
print(repr(json.loads(' "  spaced  " ')), json.loads('[1E400, -1E400]'))
