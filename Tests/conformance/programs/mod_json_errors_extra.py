import json
docs = ['1 2', '[] []', '{} x', 'null,', 'true false', '"a" "b"', '1.', '1e', '1.5.2', '2 # comment',
        '[1]\n\n]', '  42  x', 'nullx', '0x10', '1_000', '-0.0.0', '[1]\r\n\t{']
for doc in docs:
    try:
        print(repr(doc), repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e)
for doc in ['\ufeff[1]', '\ufeff']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(e)
multi = '{\n  "a": 1,\n  "b": [1, 2,\n        x]\n}'
try:
    json.loads(multi)
except json.JSONDecodeError as e:
    print(e.msg, e.pos, e.lineno, e.colno, repr(e.doc[e.pos]))
uni = '{"é": "ü", "日本": [1, 2 3]}'
try:
    json.loads(uni)
except json.JSONDecodeError as e:
    print(e, repr(uni[e.pos]))
try:
    json.loads('["😀😀", x]')
except json.JSONDecodeError as e:
    print(e)
