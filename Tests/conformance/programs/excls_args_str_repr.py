class E(Exception):
    pass

for args in [(), ('one',), ('a', 'b'), (1, [2]), (None,)]:
    e = E(*args)
    print(repr(e), '|', str(e), '|', e.args)
e = E('msg')
e.args = ('changed', 2)
print(e, repr(e))
e.extra = 'attribute'
print(e.extra, vars(e))
class K(KeyError):
    pass
print(str(K('key')), repr(K('key')), str(KeyError('x')))
print(str(E('')), repr(E('')))
print(E('x') == E('x'), E.__name__, E().__class__.__name__)
print(isinstance(E(), BaseException), E.__bases__)
try:
    raise E
except E as caught:
    print('raised class ->', repr(caught), caught.args)
print(repr(Exception('a', 'b')), str(Exception('a', 'b')))
