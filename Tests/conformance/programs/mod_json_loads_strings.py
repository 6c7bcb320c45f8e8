import json
docs = [r'"plain"', r'"esc \" \\ \/ \b \f \n \r \t"', r'"\u0041\u00e9\u4e2d"', r'"\uD83D\uDE00"', r'"\ud83d\ude00x"',
        r'"\u0000"', r'"\u001F"', r'"\uFFFF"', r'"\u2028"', '"raw é 日本 😀"', r'"\\u0041"', r'"a\/b"',
        r'"\uABCD\uabcd"', '"\x7f"', r'"\ud800\udc00"', r'"\udbff\udfff"']
for doc in docs:
    v = json.loads(doc)
    print(ascii(v), len(v))
print(repr(json.loads('"tab\there"', strict=False)))
print(repr(json.loads('["new\nline", "nul\x00"]', strict=False)))
for doc in ['"tab\there"', '"new\nline"', '"\x1f"']:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(e)
print(json.loads('{"k\\u00e9y": "v\\u00e0l"}'))
print(json.loads('"\\u00e9"') == 'é', json.loads('"é"') == 'é')
