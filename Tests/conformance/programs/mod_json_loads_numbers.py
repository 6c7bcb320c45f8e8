import json
docs = ['0', '-0', '1', '-1', '123456789012345678', '1234567890123456789012345678901234567890',
        '-98765432109876543210', '0.5', '-0.0', '1.0', '1e5', '1E5', '1e+5', '1e-5', '1.5e300', '1e400',
        '-1e400', '1e-400', '2.5E-3', '0.1', '3.141592653589793238462643383279', '100.00', '7e0',
        '[1, 2.0, -3e1]', 'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]']
for doc in docs:
    v = json.loads(doc)
    print(doc, repr(v), type(v).__name__)
print(json.loads('[1.5, 2, 3e2]', parse_float=str), json.loads('[1.5, 2]', parse_int=str))
print(json.loads('[1.5, 2, NaN]', parse_float=lambda s: 'f' + s, parse_int=lambda s: 'i' + s,
                 parse_constant=lambda s: 'c' + s))
print(json.loads('[10, 20]', parse_int=float), json.loads('[1.25]', parse_float=float), json.loads('[7]', parse_int=int))
print(json.loads('-Infinity', parse_constant=str), json.loads('[-0]', parse_int=repr))
big = '9' * 4300
print(json.loads(big) == int(big))
try:
    json.loads('1' * 4301)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
