import json
docs = ['"abc', '"', '["abc', '{"key', '{"a": "b', '"\\', '"abc\\', '"\\x"', '"\\a"', '"\\U0041"',
        '"\\u12"', '"\\u12x4"', '"\\u"', '"\\u00e"', '"\\u00e9', '"\\uzzzz"', '"\\ud83d\\u12"',
        '"\\ud83d\\uzzzz"', '"tab\there"', '"line\nbreak"', '"nul\x00"', '["ok", "\x01"]',
        '{"k\x02": 1}', '"\\\\\\"', '"abc\\"']
for doc in docs:
    try:
        print(repr(doc), ascii(json.loads(doc)))
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e)
for doc in ['"tab\there"', '"\\q"', '"unterminated']:
    try:
        print(repr(json.loads(doc, strict=False)))
    except json.JSONDecodeError as e:
        print('strict=False ->', e)
