data = [1, 2, 'three', 4]
g = (x * 2 for x in data)
print(next(g), next(g), next(g))
print(next(g))
try:
    total = sum(x + 1 for x in data)
except TypeError as e:
    print('TypeError', e)
print(next(g, 'finished'))
def safe(values):
    return list(v for v in values if isinstance(v, int))
print(safe(data))
try:
    print(list(int(s) for s in ['1', 'x']))
except ValueError as e:
    print('ValueError', e)
print(max(len(str(v)) for v in data))
print(sum(v for v in data if type(v) is int))
print(sum(1 / (x - 2) for x in data if isinstance(x, int)))
