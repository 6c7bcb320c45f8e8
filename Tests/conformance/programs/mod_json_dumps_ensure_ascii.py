import json
texts = ['plain', 'café', 'naïve résumé', '日本語', 'emoji 😀 and 🎉', '\x00\x01\x1f\x7f', '\u2028\u2029',
         '\b\f\n\r\t', 'quote " and backslash \\', 'mixed é😀x', '\uffff', '\U0010ffff', '\U00010000']
for t in texts:
    print(json.dumps(t))
    print(json.dumps(t, ensure_ascii=False))
    assert json.loads(json.dumps(t)) == t
    assert json.loads(json.dumps(t, ensure_ascii=False)) == t
print(json.dumps({'ключ': 'значение'}))
print(json.dumps({'ключ': 'значение'}, ensure_ascii=False))
print(json.dumps(['é'], ensure_ascii=0), json.dumps(['é'], ensure_ascii=''))
