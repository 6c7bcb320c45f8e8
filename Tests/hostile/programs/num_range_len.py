r = range(10 ** 100)
print(r[10 ** 99], r[-1] > 0)
try:
    len(r)
except OverflowError as e:
    print(e)
