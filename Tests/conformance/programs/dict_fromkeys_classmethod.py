# dict.fromkeys is a class method: called through the type or an instance alike, its first
# argument is the iterable of keys, never the receiver.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: dict.fromkeys([1, 2], 0))
show(lambda: dict.fromkeys('abca'))
show(lambda: dict.fromkeys(range(3), [])[2])
show(lambda: dict.fromkeys({'k': 1, 'j': 2}, 'v'))
show(lambda: {}.fromkeys((1, 1.0, True), 'x'))
show(lambda: {5: 6}.fromkeys('xy'))
for args in [(), (1,), ([1], 2, 3), ([[1]],), ([1, {}],)]:
    show(lambda: dict.fromkeys(*args))
    show(lambda: {0: 0}.fromkeys(*args))
show(lambda: dict.fromkeys(iterable=[1]))
show(lambda: {}.fromkeys([1], value=2))
f = dict.fromkeys
print(f([3]), type(f).__name__, f.__name__, f.__qualname__, callable(f))
d = {1: 2}
print(d.fromkeys([7]), d, type(d.fromkeys).__name__, d.fromkeys.__qualname__)
print(dict.keys.__qualname__, dict.get({1: 2}, 1), sorted(dict.fromkeys([3, 1, 2])))
show(lambda: set.fromkeys)
show(lambda: dict.maketrans)
show(lambda: str.fromkeys)
