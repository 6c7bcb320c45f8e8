def inner():
    yield 1
    next(iter([]))
    yield 2

for v in inner():
    print(v)
