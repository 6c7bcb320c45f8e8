print(float(), float(3), float(-2), float('1.5'), float(' 2 '), float('-1e3'), float('1E-2'))
print(float('inf'), float('-INF'), float('nan'), float('  +3.25 '), float('.5'), float('5.'))
print(float(True), float(10 ** 20), float(2 ** 63), float('1_0'), float('16'))
print(float('123456789.123456789'), float('1e500'), float('-1e500'), float('1e-500'))
for bad in ['x', '', '1.2.3', '1e', 'in f', '0x10']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    float([1.0])
except TypeError as e:
    print(e)
