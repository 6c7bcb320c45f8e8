# operator.methodcaller: arguments frozen at creation, reprs, errors.
from operator import methodcaller
up = methodcaller('upper')
print(up('abc'), list(map(methodcaller('strip', 'x'), ['xax', 'xxbx'])))
split = methodcaller('split', ',', maxsplit=1)
print(split('a,b,c'), methodcaller('count', 'a')('banana'), methodcaller('get', 'k', 0)({}))
print(repr(up), repr(split), repr(methodcaller('f', 1, 'two', [3], key=None, other='o')))
print(type(up).__name__, type(up).__module__, str(methodcaller('m')))
class Greeter:
    def __init__(self, name): self.name = name
    def greet(self, greeting='hi', *, punct='!'):
        return f'{greeting} {self.name}{punct}'
people = [Greeter('ann'), Greeter('bo')]
print([methodcaller('greet')(p) for p in people], methodcaller('greet', 'yo', punct='?')(people[1]))
items = [[3, 1, 2], [9, 8]]
list(map(methodcaller('sort'), items))
print(items, sorted(['b', 'A', 'c'], key=methodcaller('lower')))
try:
    methodcaller('nope')('a')
except AttributeError as e:
    print(e)
try:
    methodcaller('greet', 1, 2, 3)(people[0])
except TypeError as e:
    print(e)
for call in [lambda: methodcaller(), lambda: methodcaller(1), lambda: methodcaller(name='x'),
             lambda: up(), lambda: up('a', 'b'), lambda: up(obj='a')]:
    try:
        call()
    except TypeError as e:
        print(e)
