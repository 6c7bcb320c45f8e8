import json
from json.decoder import JSONDecodeError
print(JSONDecodeError is json.JSONDecodeError, issubclass(JSONDecodeError, ValueError))
print(JSONDecodeError.__name__, JSONDecodeError.__module__, JSONDecodeError)
print([c.__name__ for c in JSONDecodeError.__mro__])
try:
    json.loads('[1, 2,\n 3,, 4]')
except ValueError as e:
    print(type(e).__name__, isinstance(e, JSONDecodeError))
    print(e.msg, '|', e.pos, e.lineno, e.colno)
    print(repr(e.doc), e.args)
    print(repr(e))
    print(str(e))
e = JSONDecodeError('Custom message', 'ab\ncd\nef', 5)
print(e, e.lineno, e.colno, e.args)
print(e.__reduce__())
e2 = JSONDecodeError('At start', '', 0)
print(e2, e2.lineno, e2.colno)
try:
    raise JSONDecodeError('raised', '{}', 1)
except json.JSONDecodeError as caught:
    print('caught', caught)
try:
    json.loads('{')
except Exception as exc:
    print(type(exc).__name__, exc.__class__.__module__, exc.args[0])
