import json
floats = [0.0, -0.0, 1.0, 0.1, 1/3, 2.5e-5, 1e16, 1e15, 123456789.125, 1e-7, 5e-324,
          1.7976931348623157e308, -1e100, 3.14159, 100.0, 1e22, 0.30000000000000004]
for f in floats:
    print(json.dumps(f), repr(f) == json.dumps(f))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
print(json.dumps({'x': float('inf')}))
ints = [0, 1, -1, 2**31, 2**63, -2**63 - 1, 2**64 + 1, 10**30, -10**40, 2**200]
for i in ints:
    print(json.dumps(i))
print(json.dumps([True, 1, 1.0]), json.dumps(10**100 + 1))
print(json.loads(json.dumps(2**300)) == 2**300, json.loads(json.dumps(0.1)) == 0.1)
for f in floats:
    assert json.loads(json.dumps(f)) == f
print('ok')
