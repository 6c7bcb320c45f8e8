print(float('1e400'), float('-1e400'), 1e308 * 10, int(1e308) > 0)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
