a = [1, 2]
for i in (2 ** 63, -2 ** 63, 2 ** 100, 2 ** 64 - 1):
    try:
        a[i]
    except IndexError as e:
        print(type(e).__name__, e)
