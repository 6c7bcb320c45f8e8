import json
docs = ['{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{"a" 1}', '{"a"::1}', '{1: 2}',
        "{'a': 1}", '{a: 1}', '{"a": 1 "b": 2}', '{"a": 1; "b": 2}', '{"a": 1,, "b": 2}', '{,}', '{ }x',
        '{"a": [1, 2}', '[{"a": 1]', '{"a": {"b": 1}', '{"a"\n:\n1\n,\n}', '{"a":1}}', '{"":', '{"a":1 , "b"}']
for doc in docs:
    try:
        print(repr(doc), repr(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e)
