print(hash(0), hash(1), hash(-1), hash(-2), hash(12345), hash(True), hash(False))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 100), hash(-(2 ** 100)), hash(10 ** 30))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, (2, 3))), hash((-1, -2)), hash((None,)) == hash((None,)))
print(hash(1.0) == hash(1), hash(2.5), hash(-0.0), hash(None) == hash(None))
print(hash((True, 1.0)) == hash((1, 1)), hash((0,)) == hash((False,)))
for bad in ([], {}, set(), (1, [2])):
    try:
        hash(bad)
    except TypeError as e:
        print(e)
