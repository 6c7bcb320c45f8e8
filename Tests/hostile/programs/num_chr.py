for v in (-1, 0x110000, 2 ** 63, -2 ** 63):
    try:
        chr(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
