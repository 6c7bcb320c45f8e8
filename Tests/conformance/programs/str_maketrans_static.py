# str.maketrans is a static method: through the type no instance comes first, and through an
# instance the instance is not an argument either.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

show(lambda: str.maketrans('ab', 'xy'))
show(lambda: str.maketrans('ab', 'xy', 'cd'))
show(lambda: str.maketrans({'a': 'b', 98: None, 'c': 100}))
show(lambda: 'abc'.maketrans('ab', 'xy'))
show(lambda: ''.maketrans({'q': 1}))
show(lambda: 'abcd'.translate(str.maketrans('abc', 'xyz', 'b')))
for args in [(), ('a', 'b', 'c', 'd'), ('ab',), (1, 2), ('ab', 'x'), ({1.5: 2},), ({'ab': 1},), (1, 'a'), ('a', 'b', 3)]:
    show(lambda: str.maketrans(*args))
    show(lambda: 'z'.maketrans(*args))
show(lambda: str.maketrans(x='a'))
show(lambda: 'z'.maketrans('a', 'b', z='c'))
m = str.maketrans
print(m('a', 'b'), type(m).__name__, m.__name__, m.__qualname__, callable(m))
print(type('q'.maketrans).__name__, 'q'.maketrans.__qualname__, str.lower.__qualname__, 'q'.lower.__name__)
print(bool.bit_length(5), bool.bit_length.__qualname__, repr(bool.bit_length), True.bit_length.__qualname__)
show(lambda: bool.bit_length('x'))
show(lambda: bool.bit_length())
