print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(-7, -3), divmod(0, 5))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.3), divmod(10 ** 30, 7), divmod(True, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 10 ** 9 + 7))
print(pow(2, -1, 5), pow(38, -1, 97), pow(3, 0, 1), pow(0, 0), pow(-2, 3, -5), pow(10 ** 30, 10 ** 10, 12345))
for a in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 1.5, 3)]:
    try:
        print(pow(*a))
    except (ValueError, TypeError) as e:
        print(type(e), e)
for a in [(1, 0), (1.0, 0), (5, 0.0)]:
    try:
        divmod(*a)
    except ZeroDivisionError as e:
        print(e)
