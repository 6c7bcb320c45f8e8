# ChainMap as nested variable scopes (an interpreter's environment).
from collections import ChainMap
import collections.abc as abc
def run(program):
    scope = ChainMap({'print_count': 0})
    for op, *args in program:
        if op == 'push':
            scope = scope.new_child()
        elif op == 'pop':
            scope = scope.parents
        elif op == 'set':
            scope[args[0]] = args[1]
        elif op == 'get':
            print(args[0], '=', scope.get(args[0], 'undefined'), 'depth', len(scope.maps))
    return scope
final = run([('set', 'x', 1), ('push',), ('set', 'x', 2), ('set', 'y', 3), ('get', 'x'),
             ('get', 'y'), ('pop',), ('get', 'x'), ('get', 'y')])
print(final)
print(isinstance(final, abc.MutableMapping), isinstance(final, dict))
cm = ChainMap({'a': 1}) | {'b': 2}
print(cm, {'z': 0} | ChainMap({'a': 1}))
cm |= {'c': 3}
print(cm, list(cm.keys()), list(cm.values()))
print(ChainMap.fromkeys('ab', 0))
