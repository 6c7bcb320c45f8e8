a = [1, 2]
b = (3, 4)
c = 'xy'
print([*a, *b, *c], (*a, *b), {*a, *b}, [*range(3), 9])
print((*a,), [*a], [*[], *()])
d1 = {'a': 1, 'b': 2}
d2 = {'b': 20, 'c': 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, 'b': 'literal wins', 'z': 0}, {'b': 'first', **d1})
print({**{}}, dict(**d1), {**dict(x=1)})
nested = [[*a, *b], *[[0]]]
print(nested)
s = {*'aba'} == {'a', 'b'}
print(s, [*{1: 'one', 2: 'two'}], [*d1.items()])
def gen():
    yield 'g1'
    yield 'g2'
print([*gen(), *gen()])
try:
    [*5]
except TypeError as e:
    print('TypeError', e)
try:
    {**[1]}
except TypeError as e:
    print('TypeError', e)
{**d1, **5}
