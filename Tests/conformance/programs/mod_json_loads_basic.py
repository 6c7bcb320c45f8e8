import json
docs = ['null', 'true', 'false', '0', '-1', '"text"', '""', '[]', '{}', '[1, "a", null, true]',
        '{"a": 1, "b": [false, {}]}', '  [ 1 , 2 ]  ', '\n{\n  "k" : "v"\n}\n', '[[[[]]]]',
        '{"a": {"b": {"c": [1, 2, {"d": null}]}}}', '{"dup": 1, "dup": 2}', '["é", "日本"]',
        '{"": 0}', '\t\r\n 42 \t\r\n', '[1,2,3,4,5,6,7,8,9,10]']
for doc in docs:
    v = json.loads(doc)
    print(repr(v), type(v).__name__)
print(json.loads('{"z": 1, "a": 2}').keys())
print(json.loads('[{"x": 1}, {"x": 2}]')[1]['x'])
v = json.loads('{"list": [1, 2], "dict": {}}')
v['list'].append(3)
print(v)
