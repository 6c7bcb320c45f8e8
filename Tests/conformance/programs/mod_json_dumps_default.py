import json
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
def encode_point(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f'cannot encode {type(o).__name__}')
print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
print(json.dumps({'p': Point(0, Point(5, 6))}, default=encode_point, indent=1))
print(json.dumps(frozenset([2]), default=encode_point))
try:
    json.dumps([object()], default=encode_point)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps(range(3), default=list))
print(json.dumps(['x', 'y'], default=str))
print(json.dumps({'a': Point(1, 1)}, default=lambda o: o.__dict__, sort_keys=True))
print(json.dumps(Point(1, 2), default=vars))
print(json.dumps([Point(1, 2)], default=lambda o: 'P'))
calls = []
def tracer(o):
    calls.append(type(o).__name__)
    return None
print(json.dumps([Point(1, 2), set(), 3], default=tracer), calls)
for bad in [lambda o: o, lambda o: [o]]:
    try:
        json.dumps([Point(1, 2)], default=bad)
    except (ValueError, RecursionError) as e:
        print(type(e).__name__, str(e)[:40])
