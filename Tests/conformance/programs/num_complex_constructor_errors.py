# complex() errors
class Bad:
    def __complex__(self):
        return 1.5
tests = [
    lambda: complex([]),
    lambda: complex(1, []),
    lambda: complex('1', 2),
    lambda: complex(1, '2'),
    lambda: complex(None),
    lambda: complex(Bad()),
    lambda: complex(2 ** 2000),
    lambda: complex(1, 2 ** 2000),
    lambda: complex(1, 2, 3),
    lambda: complex(foo=1),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
