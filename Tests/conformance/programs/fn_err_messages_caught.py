def show(call):
    try:
        call()
    except TypeError as e:
        print(e)
def f(a, b): pass
def g(a, b=1): pass
def h(): pass
def k(a, *, b): pass
def m(a, b, c): pass
show(lambda: f())
show(lambda: m(1))
show(lambda: m())
show(lambda: g(1, 2, 3))
show(lambda: h(1))
show(lambda: h(1, 2))
show(lambda: f(1, a=2))
show(lambda: k(1))
show(lambda: k(1, 2))
show(lambda: k(1, b=2, c=3))
show(lambda: (lambda x: x)())
show(lambda: f(1, 2, b=3))
show(lambda: f(*5))
show(lambda: f(**5))
show(lambda: g(1, **{'b': 2, 'a': 3}))
show(lambda: len())
show(lambda: len([], []))
