import json
samples = [
    {'users': [{'id': i, 'name': 'user%d' % i, 'score': i * 1.5, 'admin': i % 2 == 0, 'tags': ['x'] * i} for i in range(4)]},
    [None, True, False, 0, -1, 2**70, 0.1, -2.5e-10, 'é', '\n', [], {}],
    {'nested': {'a': {'b': {'c': {'d': [1, [2, [3, [4]]]]}}}}},
    'just a string', 12345, 6.02e23, [],
    {'unicode': '日本語 😀 \u2028', 'control': '\x00\x1f', 'quotes': '"\'\\'},
]
for s in samples:
    for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'separators': (',', ':')}, {'ensure_ascii': False}]:
        text = json.dumps(s, **kw)
        back = json.loads(text)
        assert back == s, (s, kw)
        assert json.dumps(back, **kw) == text
    print(json.dumps(s, sort_keys=True)[:70])
t = (1, (2, 3))
print(json.loads(json.dumps(t)), json.loads(json.dumps({1: 'a'})))
print(json.dumps(json.loads('{"b": [1.0, 1e2, -0.0]}')))
print(json.loads(json.dumps(float('nan'))) != json.loads(json.dumps(float('nan'))))
text = json.dumps([{'k%d' % i: list(range(i))} for i in range(30)])
print(len(text), json.loads(text)[29]['k29'][-1])
