import json
def depth_ok(n, **kw):
    x = []
    for i in range(n - 1):
        x = [x]
    try:
        json.dumps(x, **kw)
        return 'ok'
    except RecursionError as e:
        return str(e)
for n in (990, 994, 995, 996, 997, 998):
    print(n, depth_ok(n), depth_ok(n, indent=1))
for n in (993, 994, 995, 996, 997):
    try:
        json.loads('[' * n + ']' * n)
        print(n, 'ok')
    except RecursionError as e:
        print(n, e)
    try:
        json.loads('{"a":' * n + '1' + '}' * n)
        print(n, 'ok')
    except RecursionError as e:
        print(n, e)
