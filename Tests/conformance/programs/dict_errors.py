def t(f):
    try:
        f()
    except Exception as e:
        print(type(e), repr(e), str(e))
t(lambda: {}['missing'])
t(lambda: {'a': 1}[1])
t(lambda: {}[(1, 'x')])
t(lambda: {}[1.5])
t(lambda: {}[None])
t(lambda: {'a': 1}.pop('b'))
t(lambda: {[]: 1})
t(lambda: {}.update(5))
t(lambda: {}.get())
t(lambda: {1: 2} + {3: 4})
def mutate():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
t(mutate)
