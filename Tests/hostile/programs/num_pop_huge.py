try:
    [1].pop(2 ** 100)
except (IndexError, OverflowError) as e:
    print(type(e).__name__, e)
