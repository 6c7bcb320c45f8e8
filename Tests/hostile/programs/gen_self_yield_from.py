def g():
    yield from g()
print(list(g()))
