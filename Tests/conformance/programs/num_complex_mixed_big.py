# huge ints mix only while they fit a float
for n in [2 ** 63, -2 ** 64, 10 ** 300, 2 ** 1023]:
    print(repr(n + 1j), repr(1j * n), repr(n - 0j))
for f in [lambda: 10 ** 400 + 1j, lambda: 1j * 10 ** 400, lambda: 1j / 10 ** 400,
          lambda: 1j ** (10 ** 400), lambda: complex(10 ** 400), lambda: 10 ** 400 == 1j]:
    try:
        print(f())
    except OverflowError as e:
        print(type(e).__name__, e)
print(10 ** 400 == 1e300 + 0j, 2 ** 64 == complex(2 ** 64), 2 ** 64 + 1 == complex(2 ** 64))
