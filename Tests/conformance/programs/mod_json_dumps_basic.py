import json
values = [None, True, False, 0, -7, 123456789, 'text', '', [], {}, (), [1, 'a', None],
          (1, 2), {'a': 1, 'b': [True, False]}, [[[]]], {'nested': {'deeper': {'deepest': [1, {}]}}},
          {'': ''}, ['é', 'ünïcödé'], [0.5, -2.25]]
for v in values:
    print(json.dumps(v))
print(json.dumps([1, 2, 3]) == '[1, 2, 3]')
print(type(json.dumps(1)).__name__, repr(json.dumps('x')))
d = {'z': 1, 'a': 2, 'm': 3}
print(json.dumps(d))
d['b'] = d.pop('z')
print(json.dumps(d))
print(json.dumps({'list': list(range(5)), 'tuple': tuple('abc')}))
print(json.dumps([{'k': v} for v in range(3)]))
print(json.dumps(['line\nbreak', 'tab\there', 'quote"d', 'back\\slash', '/slash']))
