def outer():
    yield from [1, 2]
print(list(outer()))
