# collections.abc is reachable as an attribute after `import collections`, as in CPython.
import collections
print(collections.abc.Mapping, isinstance({}, collections.abc.Mapping))
print(issubclass(collections.deque, collections.abc.MutableSequence))
try:
    collections.nothing
except AttributeError as e:
    print(type(e).__name__, e)
