def f():
    try:
        raise ValueError('inner')
    except ValueError as e:
        raise RuntimeError('while handling ' + str(e))
try:
    f()
except RuntimeError as e:
    print(repr(e))
print('survived')
