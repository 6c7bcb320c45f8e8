def g():
    yield next(it)
it = g()
print(next(it))
